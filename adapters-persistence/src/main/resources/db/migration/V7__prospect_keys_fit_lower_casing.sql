-- Lower-casing may lengthen a text (a dotted capital I becomes two characters): a key made of the
-- longest public identifier or email (ProspectKey.MAX_LENGTH) must fit.
ALTER TABLE prospects ALTER COLUMN prospect_key SET DATA TYPE VARCHAR(700);
