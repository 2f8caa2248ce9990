package org.itaku.entrustment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.itaku.vocabulary.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invented register at the scale of the 2023 vendor incident, for benchmarks and later issues: one SaaS vendor,
 * its data centre, thousands of offices and their client companies. Written with JDBC batches; names are
 * invented and carry no 法人番号.
 */
@Component
public class BenchRegister {

    public enum Scale {
        /** 1 vendor, 3,400 offices, 170,000 clients, 213,400 holdings (10,000 of them at the data centre). */
        MK(3400, 50, 30_000, 10_000),
        /** A tenth of it (340 offices, 17,000 clients): to profile the cost that grows with the parties. */
        TENTH(340, 50, 3_000, 1_000),
        /** A hundredth of it, for a quick look. */
        SMALL(34, 50, 300, 1_000);

        final int offices;
        final int clientsPerOffice;
        final int extraHoldings;
        final int dataCentreHoldings;

        Scale(int offices, int clientsPerOffice, int extraHoldings, int dataCentreHoldings) {
            this.offices = offices;
            this.clientsPerOffice = clientsPerOffice;
            this.extraHoldings = extraHoldings;
            this.dataCentreHoldings = dataCentreHoldings;
        }
    }

    /** Ids a benchmark needs: the vendor (impact) and the data centre (the operator with many holdings). */
    public record Generated(long workspaceId, long vendorId, long dataCentreId, int operators, int entrustments, int holdings) {
    }

    private static final int BATCH = 2000;
    private static final String OPERATOR = "INSERT INTO operator (workspace_id, name, kana, kind, industry, is_self) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    private static final String ENTRUSTMENT = "INSERT INTO entrustment (workspace_id, principal_id, entrustee_id, purpose, "
            + "start_on, re_entrustment_allowed, re_entrustment_approval, incident_report_hours, end_of_contract, audit_rights, "
            + "last_review_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HOLDING = "INSERT INTO holding (workspace_id, operator_id, principal_id, description, item_codes, "
            + "persons, persons_estimated, storage_country, storage_location, encryption, deletion_due_on) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STAFF_ITEMS = "ADDRESS,BIRTH_DATE,EMPLOYMENT_INSURANCE_NO,FAMILY,MY_NUMBER,NAME,PENSION_NO,SALARY";

    private final JdbcTemplate jdbc;
    private final GraphVersions versions;
    private final Clock clock;
    private final PlannerStatistics statistics;

    BenchRegister(JdbcTemplate jdbc, GraphVersions versions, Clock clock, PlannerStatistics statistics) {
        this.statistics = statistics;
        this.clock = clock;
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Generates into an empty workspace (ids are read back in insertion order, which needs it empty). */
    @Transactional
    public Generated generate(long workspaceId, Scale scale) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM operator WHERE workspace_id = ?", Long.class, workspaceId);
        if (existing != null && existing > 0) {
            throw new IllegalArgumentException("workspace " + workspaceId + " already has a register; use an empty one");
        }
        LocalDate today = JapanTime.today(clock);
        Date reviewed = Date.valueOf(today.minusMonths(6));
        Date started = Date.valueOf(today.minusYears(3));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {workspaceId, "ベンチ労務クラウド株式会社", null, "PRIVATE", "情報通信業", true});
        rows.add(new Object[] {workspaceId, "ベンチデータセンター株式会社", null, "PRIVATE", "データセンター", false});
        for (int o = 0; o < scale.offices; o++) {
            rows.add(new Object[] {workspaceId, "ベンチ社労士事務所" + o, null, "PRIVATE", "社会保険労務士業", false});
        }
        for (int c = 0; c < scale.offices * scale.clientsPerOffice; c++) {
            rows.add(new Object[] {workspaceId, "ベンチ顧問先株式会社" + c, null, "PRIVATE", "製造業", false});
            if (rows.size() >= BATCH) {
                jdbc.batchUpdate(OPERATOR, rows);
                rows.clear();
            }
        }
        jdbc.batchUpdate(OPERATOR, rows);
        rows.clear();
        List<Long> ids = jdbc.queryForList("SELECT id FROM operator WHERE workspace_id = ? ORDER BY id", Long.class, workspaceId);
        long vendor = ids.get(0);
        long dataCentre = ids.get(1);
        int clientsStart = 2 + scale.offices;

        int entrustments = 0;
        rows.add(new Object[] {workspaceId, vendor, dataCentre, "サーバー運用", started, false, null, 24, "DELETE", true, reviewed});
        for (int o = 0; o < scale.offices; o++) {
            long office = ids.get(2 + o);
            rows.add(new Object[] {workspaceId, office, vendor, "手続システムの提供", started, true, "書面承認", 48, "DELETE", true,
                    reviewed});
            for (int k = 0; k < scale.clientsPerOffice; k++) {
                long client = ids.get(clientsStart + o * scale.clientsPerOffice + k);
                rows.add(new Object[] {workspaceId, client, office, "社会保険手続の代行", started, true, "承認済", 72, "RETURN",
                        true, reviewed});
                if (rows.size() >= BATCH) {
                    entrustments += rows.size();
                    jdbc.batchUpdate(ENTRUSTMENT, rows);
                    rows.clear();
                }
            }
        }
        entrustments += rows.size();
        jdbc.batchUpdate(ENTRUSTMENT, rows);
        rows.clear();

        int holdings = 0;
        Date noDate = null;
        for (int o = 0; o < scale.offices; o++) {
            long office = ids.get(2 + o);
            rows.add(new Object[] {workspaceId, vendor, office, "手続システムの顧問先従業員データ", STAFF_ITEMS,
                    (long) scale.clientsPerOffice * 40, false, "JP", "CLOUD", "AT_REST", noDate});
            for (int k = 0; k < scale.clientsPerOffice; k++) {
                int clientIndex = o * scale.clientsPerOffice + k;
                long client = ids.get(clientsStart + clientIndex);
                rows.add(new Object[] {workspaceId, office, client, "従業員の社会保険書類", STAFF_ITEMS, 10L + clientIndex % 90, false,
                        "JP", "ON_PREMISES", "NONE", noDate});
                if (clientIndex < scale.extraHoldings) {
                    rows.add(new Object[] {workspaceId, office, client, "健康診断結果", "HEALTH_CHECK,NAME", 10L + clientIndex % 90,
                            false, "JP", "ON_PREMISES", "NONE", Date.valueOf(today.minusDays(clientIndex % 700))});
                }
                if (rows.size() >= BATCH) {
                    holdings += rows.size();
                    jdbc.batchUpdate(HOLDING, rows);
                    rows.clear();
                }
            }
        }
        for (int d = 0; d < scale.dataCentreHoldings; d++) {
            rows.add(new Object[] {workspaceId, dataCentre, vendor, "バックアップ世代" + d, STAFF_ITEMS, 500L, true, "JP",
                    "ON_PREMISES", "AT_REST", noDate});
            if (rows.size() >= BATCH) {
                holdings += rows.size();
                jdbc.batchUpdate(HOLDING, rows);
                rows.clear();
            }
        }
        holdings += rows.size();
        jdbc.batchUpdate(HOLDING, rows);
        versions.bump(workspaceId, ids.size());
        versions.bumpHoldings(workspaceId);
        statistics.refreshRegisterAfterCommit();
        return new Generated(workspaceId, vendor, dataCentre, ids.size(), entrustments, holdings);
    }
}
