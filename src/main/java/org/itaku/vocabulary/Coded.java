package org.itaku.vocabulary;

/** A vocabulary value with a stable wire code (the code stored and exchanged, never the Java name by accident). */
public interface Coded {

    String code();
}
