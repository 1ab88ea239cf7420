/** API keys: their secrets (only ever kept as hashes), permissions and account groups. */
package io.audiences.domain.apikey;
