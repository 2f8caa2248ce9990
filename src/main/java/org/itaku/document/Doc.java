package org.itaku.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as a flat list of blocks, the one shape every renderer (HTML, DOCX, PDF, JSON, text) reads.
 * The wording is decided once, when the blocks are built, so every format says the same thing.
 */
record Doc(DocumentKind kind, String title, List<Block> blocks) {

    /** Appended to the label of a 確報 field that differs from the 速報, in every format. */
    static final String CHANGED_MARK = "　［変更］";

    enum Type { TITLE, HEADING, PARAGRAPH, FIELD }

    enum Align { LEFT, RIGHT, CENTER }

    /**
     * One block. For a FIELD, {@code id} is stable across versions (used for the 速報→確報 diff), {@code known}
     * is false when the value is the not-yet-known marker, and {@code previous} is the 速報's value when the
     * 確報 differs from it.
     */
    record Block(Type type, String id, String label, String text, boolean known, Align align, String previous) {
        Block {
            if (type == null || text == null || align == null) {
                throw new IllegalArgumentException("type, text and align are required");
            }
        }

        boolean changed() {
            return previous != null;
        }

        boolean title() {
            return type == Type.TITLE;
        }

        boolean heading() {
            return type == Type.HEADING;
        }

        boolean paragraph() {
            return type == Type.PARAGRAPH;
        }

        boolean field() {
            return type == Type.FIELD;
        }

        Block withPrevious(String old) {
            return new Block(type, id, label, text, known, align, old);
        }
    }

    Doc {
        blocks = List.copyOf(blocks);
    }

    /**
     * The document with the officer's wording in place of the generated text of some blocks (by their position).
     * A field whose new text is no longer the not-yet-known marker counts as known.
     */
    Doc withEdits(java.util.Map<Integer, String> edits) {
        if (edits == null || edits.isEmpty()) {
            return this;
        }
        List<Block> edited = new ArrayList<>(blocks);
        edits.forEach((index, text) -> {
            if (index < 0 || index >= edited.size()) {
                throw new IllegalArgumentException("no block " + index + " in this document");
            }
            Block b = edited.get(index);
            String t = text.replace("\r\n", "\n").strip();
            edited.set(index, new Block(b.type(), b.id(), b.label(), t, b.field() ? !t.equals(Texts.NOT_YET_KNOWN)
                    : b.known(), b.align(), b.previous()));
        });
        return new Doc(kind, title, edited);
    }

    List<Block> fields() {
        return blocks.stream().filter(Block::field).toList();
    }

    /** All visible text, for glyph checks and golden files. */
    String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            switch (b.type()) {
                case TITLE -> sb.append(b.text()).append("\n\n");
                case HEADING -> sb.append("\n").append(b.text()).append("\n");
                case PARAGRAPH -> sb.append(b.text()).append("\n");
                case FIELD -> {
                    sb.append("■").append(b.label()).append(b.changed() ? CHANGED_MARK : "").append("\n").append(b.text()).append("\n");
                    if (b.changed()) {
                        sb.append(Drafts.previousLabel()).append(b.previous()).append("\n");
                    }
                }
            }
        }
        return sb.toString();
    }

    static Builder builder(DocumentKind kind, String title) {
        return new Builder(kind, title);
    }

    static final class Builder {
        private final DocumentKind kind;
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(DocumentKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        Builder title(String text) {
            blocks.add(new Block(Type.TITLE, null, null, text, true, Align.CENTER, null));
            return this;
        }

        Builder heading(String text) {
            blocks.add(new Block(Type.HEADING, null, null, text, true, Align.LEFT, null));
            return this;
        }

        Builder para(String text) {
            blocks.add(new Block(Type.PARAGRAPH, null, null, text, true, Align.LEFT, null));
            return this;
        }

        Builder right(String text) {
            blocks.add(new Block(Type.PARAGRAPH, null, null, text, true, Align.RIGHT, null));
            return this;
        }

        Builder center(String text) {
            blocks.add(new Block(Type.PARAGRAPH, null, null, text, true, Align.CENTER, null));
            return this;
        }

        /** A field; a null or blank value is printed as the not-yet-known marker, never left empty or guessed. */
        Builder field(String id, String label, String value) {
            String v = Texts.optional(value);
            blocks.add(new Block(Type.FIELD, id, label, v == null ? Texts.NOT_YET_KNOWN : v, v != null, Align.LEFT,
                    null));
            return this;
        }

        Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        Doc build() {
            return new Doc(kind, title, blocks);
        }
    }
}
