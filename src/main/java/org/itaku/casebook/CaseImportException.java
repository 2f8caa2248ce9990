package org.itaku.casebook;

/**
 * Input the library refuses; nothing of the import was stored. {@link #key()} names the message in
 * messages/casebook*.properties, {@link #args()} fill it; the exception message is the English fallback.
 */
public class CaseImportException extends IllegalArgumentException {

    private final String key;
    private final transient Object[] args;

    CaseImportException(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
