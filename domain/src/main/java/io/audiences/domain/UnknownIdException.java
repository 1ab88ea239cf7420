package io.audiences.domain;

/** A thing that was looked up by id does not exist (or is not visible where it was looked for). */
public final class UnknownIdException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public UnknownIdException(String details) {
        super(details);
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
