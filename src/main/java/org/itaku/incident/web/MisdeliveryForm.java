package org.itaku.incident.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.itaku.incident.Misdelivery;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/** The one-screen misdelivery form. */
public class MisdeliveryForm {

    private String channel = "EMAIL";
    private String recipient;
    private Long persons;
    private List<String> items = List.of("NAME");
    private boolean retrievedUnread;
    private String operatorKind = "private";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate knownOn;

    public MisdeliveryForm() {
    }

    MisdeliveryForm(LocalDate today) {
        this.knownOn = today;
    }

    Misdelivery toMisdelivery() {
        return new Misdelivery(IncidentForm.constant(Misdelivery.Channel.class, channel, "channel"), recipient,
                persons == null ? 0 : persons, IncidentForm.set(DataItem.class, items, "items"), retrievedUnread,
                IncidentForm.constant(OperatorKind.class, operatorKind, "operator_kind"), knownOn);
    }

    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { recipient = v; }
    public Long getPersons() { return persons; }
    public void setPersons(Long v) { persons = v; }
    public List<String> getItems() { return items; }
    public void setItems(List<String> v) { items = v; }
    public boolean isRetrievedUnread() { return retrievedUnread; }
    public void setRetrievedUnread(boolean v) { retrievedUnread = v; }
    public String getOperatorKind() { return operatorKind; }
    public void setOperatorKind(String v) { operatorKind = v; }
    public LocalDate getKnownOn() { return knownOn; }
    public void setKnownOn(LocalDate v) { knownOn = v; }
}
