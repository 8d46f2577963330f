<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="254"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="256"/>
        <source>Entries: %n.</source>
        <translation>
            <numerusform>Entries: %n.</numerusform>
            <numerusform>Entries: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="282"/>
        <source>The chain is whole. Entries: %n, each chained to the one before.</source>
        <translation>
            <numerusform>The chain is whole. Entries: %n, each chained to the one before.</numerusform>
            <numerusform>The chain is whole. Entries: %n, each chained to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="315"/>
        <source>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</numerusform>
            <numerusform>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="441"/>
        <source>The first %n items of this period; filter by person, forum or case for the rest.</source>
        <translation>
            <numerusform>The first %n items of this period; filter by person, forum or case for the rest.</numerusform>
            <numerusform>The first %n items of this period; filter by person, forum or case for the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="448"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="593"/>
        <source>Not saved: %n problem(s) to correct, each marked at its field.</source>
        <translation>
            <numerusform>Not saved: %n problem to correct, each marked at its field.</numerusform>
            <numerusform>Not saved: %n problems to correct, each marked at its field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="633"/>
        <source>%n problem(s) to correct here</source>
        <translation>
            <numerusform>%n problem to correct here</numerusform>
            <numerusform>%n problems to correct here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="377"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="429"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="573"/>
        <source>and %n more, in its tab</source>
        <translation>
            <numerusform>and %n more, in its tab</numerusform>
            <numerusform>and %n more, in its tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="291"/>
        <source>{0} (%n scan(s))</source>
        <translation>
            <numerusform>{0} (%n scan)</numerusform>
            <numerusform>{0} (%n scans)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>%n to review.</source>
        <translation>
            <numerusform>%n to review.</numerusform>
            <numerusform>%n to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="108"/>
        <source>{0} ({1}) No. {2} — in %n case(s)</source>
        <translation>
            <numerusform>{0} ({1}) No. {2} — in %n case</numerusform>
            <numerusform>{0} ({1}) No. {2} — in %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilingsPage</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="177"/>
        <source>%n hearing(s); untick those that need no filing.</source>
        <translation>
            <numerusform>%n hearing; untick those that need no filing.</numerusform>
            <numerusform>%n hearings; untick those that need no filing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="227"/>
        <source>Making %n filing(s)…</source>
        <translation>
            <numerusform>Making %n filing…</numerusform>
            <numerusform>Making %n filings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="290"/>
        <source>Saved %n file(s) to {0}.</source>
        <translation>
            <numerusform>Saved %n file to {0}.</numerusform>
            <numerusform>Saved %n files to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="81"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>Found: %n</numerusform>
            <numerusform>Found: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="490"/>
        <source>The deadline rules changed: updating deadlines, %n case(s) to go…</source>
        <translation>
            <numerusform>The deadline rules changed: updating deadlines, %n case to go…</numerusform>
            <numerusform>The deadline rules changed: updating deadlines, %n cases to go…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="508"/>
        <source>Deadlines updated to the current rules (%n case(s) changed).</source>
        <translation>
            <numerusform>Deadlines updated to the current rules (%n case changed).</numerusform>
            <numerusform>Deadlines updated to the current rules (%n cases changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="548"/>
        <source>Wrote %n hearing(s) and deadline(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n hearing and deadline to {0}.</numerusform>
            <numerusform>Wrote %n hearings and deadlines to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Cases: %n</numerusform>
            <numerusform>Cases: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="773"/>
        <source>Imported %n case(s) from {0}.</source>
        <translation>
            <numerusform>Imported %n case from {0}.</numerusform>
            <numerusform>Imported %n cases from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="817"/>
        <source>Exported %n case(s) to {0}.</source>
        <translation>
            <numerusform>Exported %n case to {0}.</numerusform>
            <numerusform>Exported %n cases to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="847"/>
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Added %n demo case.</numerusform>
            <numerusform>Added %n demo cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="952"/>
        <source>%n of the organisation&apos;s files cannot be used and are left out: see Help › Organisation&apos;s files…</source>
        <translation>
            <numerusform>%n of the organisation&apos;s files cannot be used and is left out: see Help › Organisation&apos;s files…</numerusform>
            <numerusform>%n of the organisation&apos;s files cannot be used and are left out: see Help › Organisation&apos;s files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="430"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="148"/>
        <source>%n proceeding(s) checked; </source>
        <translation>
            <numerusform>%n proceeding checked; </numerusform>
            <numerusform>%n proceedings checked; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="149"/>
        <source>%n ready.</source>
        <translation>
            <numerusform>%n ready.</numerusform>
            <numerusform>%n ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="200"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="193"/>
        <source>%n alike case(s) are outside the cases your role opens: ask a supervisor to review this bundle.</source>
        <translation>
            <numerusform>%n alike case is outside the cases your role opens: ask a supervisor to review this bundle.</numerusform>
            <numerusform>%n alike cases are outside the cases your role opens: ask a supervisor to review this bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="320"/>
        <source>%n difference(s) between the case here and the one arriving. Tick what to take; what is not ticked stays as it is here. Records only the case here has are kept.</source>
        <translation>
            <numerusform>%n difference between the case here and the one arriving. Tick what to take; what is not ticked stays as it is here. Records only the case here has are kept.</numerusform>
            <numerusform>%n differences between the case here and the one arriving. Tick what to take; what is not ticked stays as it is here. Records only the case here has are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="69"/>
        <source>Guardian Desk: %n overdue</source>
        <translation>
            <numerusform>Guardian Desk: %n overdue</numerusform>
            <numerusform>Guardian Desk: %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="71"/>
        <source>Guardian Desk: %n reminder(s)</source>
        <translation>
            <numerusform>Guardian Desk: %n reminder</numerusform>
            <numerusform>Guardian Desk: %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="75"/>
        <source>… and %n more in This week.</source>
        <translation>
            <numerusform>… and %n more in This week.</numerusform>
            <numerusform>… and %n more in This week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="454"/>
        <source>Tables: %n. Double-click a category to narrow the report.</source>
        <translation>
            <numerusform>%n table. Double-click a category to narrow the report.</numerusform>
            <numerusform>%n tables. Double-click a category to narrow the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="287"/>
        <source>nobody used it for %n minute(s).</source>
        <translation>
            <numerusform>nobody used it for %n minute.</numerusform>
            <numerusform>nobody used it for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="550"/>
        <source>Overdue (the latest %n; the Calendar has them all)</source>
        <translation>
            <numerusform>Overdue (the latest %n; the Calendar has them all)</numerusform>
            <numerusform>Overdue (the latest %n; the Calendar has them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="552"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracingDialog</name>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="146"/>
        <source>%n relative(s) not to be contacted were not looked for.</source>
        <translation>
            <numerusform>%n relative not to be contacted was not looked for.</numerusform>
            <numerusform>%n relatives not to be contacted were not looked for.</numerusform>
        </translation>
    </message>
</context>
</TS>
