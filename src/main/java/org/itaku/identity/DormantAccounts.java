package org.itaku.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Disables accounts unused for the dormancy period (180 days by default), once a day. ShedLock keeps two nodes
 * on one database from running it twice.
 */
@Component
class DormantAccounts {

    private static final Logger log = LoggerFactory.getLogger(DormantAccounts.class);
    private final Accounts accounts;

    DormantAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Scheduled(cron = "${itaku.dormant.cron:0 15 3 * * *}")
    @SchedulerLock(name = "dormant-accounts", lockAtMostFor = "PT10M")
    void run() {
        List<Long> disabled = accounts.disableDormant();
        if (!disabled.isEmpty()) {
            log.info("Disabled {} dormant account(s): user ids {}", disabled.size(), disabled);
        }
    }
}
