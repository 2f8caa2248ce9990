package org.itaku.entrustment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.itaku.entrustment.ImportError;
import org.itaku.entrustment.WatchList;
import org.itaku.vocabulary.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders what the register's domain code reports as codes and parameters (import errors, refused values) in the
 * reader's language, from the entrustment bundle. The request's locale (the language cookie, Japanese by default)
 * decides; the command line asks for Japanese.
 */
@Component
class RegisterMessages {

    /** One import error as a reader sees it: where, the code and its parameters, and the rendered text. */
    record ErrorView(long row, String column, String code, List<Object> args, String message) {
    }

    private final MessageSource messages;
    private final Refusals refusals;

    RegisterMessages(MessageSource messages, Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** A refusal's text, as every module's pages render it ({@link Refusals}). */
    String text(RuntimeException e) {
        return refusals.text(e);
    }

    /** One watch-list finding as the API gives it: the detail rendered in the reader's language, with its code. */
    record WatchItemView(WatchList.Kind kind, String subject, String detail, String code, String link, LocalDate on,
            Long persons) {
    }

    record WatchView(List<WatchItemView> pastDeletionDate, List<WatchItemView> unapprovedReEntrustment,
            List<WatchItemView> noIncidentClause, List<WatchItemView> reviewOverdue) {
    }

    WatchView watch(WatchList watch) {
        Locale locale = LocaleContextHolder.getLocale();
        java.util.function.Function<List<WatchList.Item>, List<WatchItemView>> view = items -> items.stream()
                .map(i -> new WatchItemView(i.kind(), i.subject(),
                        messages.getMessage(i.detailCode(), i.detailArgs(), locale), i.detailCode(), i.link(), i.on(),
                        i.persons()))
                .toList();
        return new WatchView(view.apply(watch.pastDeletionDate()), view.apply(watch.unapprovedReEntrustment()),
                view.apply(watch.noIncidentClause()), view.apply(watch.reviewOverdue()));
    }

    List<ErrorView> errors(List<ImportError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.stream().map(e -> new ErrorView(e.row(), e.column(), e.code(), e.args(),
                messages.getMessage(e, locale))).toList();
    }
}
