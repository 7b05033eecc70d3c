<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../workbench/ui/shell/about.py" line="20"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/about.py" line="31"/>
        <source>Version {v}</source>
        <translation>Versie {v}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/about.py" line="33"/>
        <source>Prepare, chair and follow up engagement meetings on human rights in supply chains, offline.</source>
        <translation>Engagementvergaderingen over mensenrechten in toeleveringsketens voorbereiden, leiden en opvolgen, zonder internet.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/about.py" line="36"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/about.py" line="38"/>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="51"/>
        <source>{date} (overdue)</source>
        <extracomment>The column edited in place, and the record field it writes. The overdue and done colours on a light palette; ``palette.tone`` picks per palette.</extracomment>
        <translation>{date} (te laat)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="57"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="58"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="59"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="60"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="62"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="63"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="64"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="159"/>
        <source>Overdue: past its due date</source>
        <extracomment>The user edited a cell: (action id, field, new value). The page saves it.</extracomment>
        <translation>Te laat: de deadline is verstreken</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="103"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="104"/>
        <source>Meeting duration</source>
        <translation>Duur van de vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="106"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="110"/>
        <source>Running total</source>
        <translation>Lopend totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="114"/>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="174"/>
        <source>&amp;Add item</source>
        <translation>Punt &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="176"/>
        <source>&amp;Remove item</source>
        <translation>Punt &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="181"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="183"/>
        <source>Move &amp;down</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="185"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="243"/>
        <source>Agenda — {title}</source>
        <translation>Agenda — {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="262"/>
        <source>Planned {total} of {duration} min: fits, {spare} min to spare</source>
        <translation>Gepland {total} van {duration} min: past, {spare} min over</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="268"/>
        <source>Planned {total} of {duration} min: does not fit, {over} min over</source>
        <translation>Gepland {total} van {duration} min: past niet, {over} min te veel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="289"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="291"/>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="393"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="312"/>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="318"/>
        <source>Add item</source>
        <translation>punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="337"/>
        <source>Remove “{title}”</source>
        <translation>“{title}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="347"/>
        <source>Edit item</source>
        <translation>punt bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="359"/>
        <source>Move item</source>
        <translation>punt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="379"/>
        <source>Change duration</source>
        <translation>duur wijzigen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="73"/>
        <source>#</source>
        <extracomment>What each editable column writes (the link column writes objective_id and target_id).</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="74"/>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="75"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="76"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="77"/>
        <source>Presenter</source>
        <translation>Inleider</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="78"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="79"/>
        <source>Objective or company</source>
        <translation>Doelstelling of bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_model.py" line="80"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/app.py" line="35"/>
        <source>Something went wrong: {e}

Your data is saved. Details are in the log.</source>
        <translation>Er ging iets mis: {e}

Uw gegevens zijn bewaard. Details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="139"/>
        <source>Attendance — {title}</source>
        <translation>Aanwezigheid — {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="144"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="163"/>
        <source>Space puts a person on the list; F2 or typing changes role and presence.</source>
        <translation>Spatie zet iemand op de lijst; met F2 of typen wijzigt u rol en aanwezigheid.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="198"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="200"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="50"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="52"/>
        <source>On the list</source>
        <translation>Op de lijst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="53"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/attendance_dialog.py" line="54"/>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="216"/>
        <source>Damaged database</source>
        <translation>Beschadigde database</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="221"/>
        <source>Restore the &amp;latest backup</source>
        <translation>&amp;Laatste back-up terugzetten</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="101"/>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="107"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="115"/>
        <source>A backup is taken automatically once a day; the last ten are kept in {f}.</source>
        <translation>Eén keer per dag wordt automatisch een back-up gemaakt; de laatste tien worden bewaard in {f}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="120"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="122"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="152"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="156"/>
        <source>Backed up to {p}.</source>
        <translation>Back-up gemaakt in {p}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="161"/>
        <source>The backup failed: {e}</source>
        <translation>De back-up is mislukt: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="172"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="174"/>
        <source>Replace the database with the backup {b}?

The current file is not deleted: it is kept beside it, renamed.</source>
        <translation>De database vervangen door de back-up {b}?

Het huidige bestand wordt niet verwijderd: het blijft ernaast staan, met een andere naam.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="184"/>
        <source>Not restored: {e}</source>
        <translation>Niet teruggezet: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="187"/>
        <source>Restored from {b}. The previous file was kept as {a}.</source>
        <translation>Teruggezet uit {b}. Het vorige bestand is bewaard als {a}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="61"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="62"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="63"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="71"/>
        <source>{n} KB</source>
        <translation>{n} kB</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="76"/>
        <source>2024-06-30, +14 or +2w</source>
        <translation>2024-06-30, +14 of +2w</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="80"/>
        <source>Enter saves · Esc cancels · Tab to the next field</source>
        <translation>Enter slaat op · Esc annuleert · Tab naar het volgende veld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="87"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="88"/>
        <source>&amp;Made:</source>
        <translation>T&amp;oegezegd:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="89"/>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="90"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="91"/>
        <source>D&amp;ue:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="115"/>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="116"/>
        <source>New commitment</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="117"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
</context>
<context>
    <name>CapturedPanel</name>
    <message>
        <location filename="../../workbench/ui/chair/captured_panel.py" line="19"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/captured_panel.py" line="20"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/captured_panel.py" line="21"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/captured_panel.py" line="39"/>
        <source>Captured in this meeting</source>
        <translation>Vastgelegd in deze vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/captured_panel.py" line="61"/>
        <source>due {d}</source>
        <translation>deadline {d}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/captured_panel.py" line="68"/>
        <source>&lt;b&gt;Captured so far&lt;/b&gt;: {d} decisions, {c} commitments, {a} actions</source>
        <translation>&lt;b&gt;Tot nu toe vastgelegd&lt;/b&gt;: {d} besluiten, {c} toezeggingen, {a} acties</translation>
    </message>
</context>
<context>
    <name>CarryOverPanel</name>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="51"/>
        <source>Open actions and commitments</source>
        <translation>Openstaande acties en toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="58"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="61"/>
        <source>New due date (2024-06-30, +14)</source>
        <translation>Nieuwe deadline (2024-06-30, +14)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="62"/>
        <source>New due date</source>
        <translation>Nieuwe deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="67"/>
        <source>Short note for the history</source>
        <translation>Korte toelichting voor de geschiedenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="68"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="71"/>
        <source>&amp;Record update</source>
        <translation>&amp;Wijziging vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="81"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="109"/>
        <source>{n} open from earlier meetings, {o} overdue</source>
        <translation>{n} open uit eerdere vergaderingen, {o} te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="113"/>
        <source>Nothing open from earlier meetings.</source>
        <translation>Niets open uit eerdere vergaderingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="122"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="122"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="130"/>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="131"/>
        <source>OVERDUE, {due}</source>
        <translation>TE LAAT, {due}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="170"/>
        <source>Not recorded: {reason}</source>
        <translation>Niet vastgelegd: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="174"/>
        <source>Recorded in the history.</source>
        <translation>Vastgelegd in de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>ChairAgendaList</name>
    <message>
        <location filename="../../workbench/ui/chair/agenda_list.py" line="23"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/agenda_list.py" line="34"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/agenda_list.py" line="38"/>
        <source>+{t} over</source>
        <translation>+{t} te lang</translation>
    </message>
</context>
<context>
    <name>ChairSummaryView</name>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="40"/>
        <source>+{t} over</source>
        <translation>+{t} te lang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="50"/>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="50"/>
        <source>Took</source>
        <translation>Duurde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="50"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="51"/>
        <source>Everything is saved and linked to this meeting.</source>
        <translation>Alles is opgeslagen en gekoppeld aan deze vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="52"/>
        <source>Esc closes chair mode; Ctrl+Enter resumes the meeting.</source>
        <translation>Esc sluit de voorzittersmodus; Ctrl+Enter hervat de vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="59"/>
        <source>Meeting held: {title}</source>
        <translation>Vergadering gehouden: {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="61"/>
        <source>Duration: &lt;b&gt;{took}&lt;/b&gt; (planned {planned}) · Items over time: &lt;b&gt;{over}&lt;/b&gt;</source>
        <translation>Duur: &lt;b&gt;{took}&lt;/b&gt; (gepland {planned}) · Punten over tijd: &lt;b&gt;{over}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="68"/>
        <source>Captured: {d} decisions, {c} commitments ({by_company} by the company, {by_group} by the working group), {a} actions</source>
        <translation>Vastgelegd: {d} besluiten, {c} toezeggingen ({by_company} van het bedrijf, {by_group} van de werkgroep), {a} acties</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="82"/>
        <source>Chair — {title}</source>
        <extracomment>How much larger than the system font the item title is drawn.</extracomment>
        <translation>Voorzitter — {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="109"/>
        <source>&amp;Start meeting (Ctrl+Enter)</source>
        <translation>Vergadering &amp;starten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="133"/>
        <source>Notes on this item</source>
        <translation>Aantekeningen bij dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="135"/>
        <source>Notes on this item — saved as you type. F1 lists the shortcuts.</source>
        <translation>Aantekeningen bij dit punt — opgeslagen terwijl u typt. F1 toont de sneltoetsen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="177"/>
        <source>F1 shortcuts · PgDn next · PgUp previous · Ctrl+D decision · Ctrl+K commitment · Ctrl+T action · Ctrl+E end · F11 full screen</source>
        <translation>F1 sneltoetsen · PgDn volgende · PgUp vorige · Ctrl+D besluit · Ctrl+K toezegging · Ctrl+T actie · Ctrl+E einde · F11 volledig scherm</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="210"/>
        <source>Undo capture</source>
        <translation>Vastleggen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="213"/>
        <source>Redo capture</source>
        <translation>Vastleggen opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="234"/>
        <source>This meeting has no agenda items.</source>
        <translation>Deze vergadering heeft geen agendapunten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="239"/>
        <source>Item {n} of {total}</source>
        <translation>Punt {n} van {total}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="242"/>
        <source>time box {m} min</source>
        <translation>tijdvak {m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="244"/>
        <source>presenter {name}</source>
        <translation>inleider {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="267"/>
        <source>Meeting {t} of {p}</source>
        <translation>Vergadering {t} van {p}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="305"/>
        <source>This is the last item. Ctrl+E ends the meeting.</source>
        <translation>Dit is het laatste punt. Ctrl+E beëindigt de vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="355"/>
        <source>Capture</source>
        <translation>vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="358"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="29"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="30"/>
        <source>Made</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="31"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="32"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="34"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="35"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="101"/>
        <source>Evidence: {e}</source>
        <translation>Bewijs: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="114"/>
        <source>Overdue: past its due date</source>
        <translation>Te laat: de deadline is verstreken</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="35"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="36"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="37"/>
        <source>Target</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="38"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="39"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="40"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="41"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="42"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="43"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="44"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="45"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="46"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="47"/>
        <source>Agenda template</source>
        <translation>Agendasjabloon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="48"/>
        <source>Template item</source>
        <translation>Sjabloonpunt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="49"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="50"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="54"/>
        <source>kept this</source>
        <translation>deze gehouden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="55"/>
        <source>took the other</source>
        <translation>de andere genomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="77"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="78"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="79"/>
        <source>Differs in</source>
        <translation>Verschilt in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="80"/>
        <source>Settled</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="94"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="128"/>
        <source>Keep the version the merge kept</source>
        <translation>De versie houden die bij het samenvoegen is gehouden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="115"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="126"/>
        <source>&amp;Keep this</source>
        <translation>&amp;Deze houden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="129"/>
        <source>&amp;Take the other</source>
        <translation>De &amp;andere nemen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="131"/>
        <source>Put back the version the merge set aside</source>
        <translation>De versie terugzetten die bij het samenvoegen opzij is gezet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="169"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="172"/>
        <source>{field}: kept “{kept}”, set aside “{other}”</source>
        <translation>{field}: “{kept}” gehouden, “{other}” opzijgezet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_panel.py" line="177"/>
        <source>Only the timestamps differ.</source>
        <translation>Alleen de tijdstempels verschillen.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="46"/>
        <source>Time left on this item</source>
        <extracomment>How much larger than the system font the countdown is drawn. From this many seconds left, the countdown warns.</extracomment>
        <translation>Resterende tijd voor dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="64"/>
        <source>+{t} over</source>
        <translation>+{t} te lang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="66"/>
        <source>Over time: the box was {m} min</source>
        <translation>Tijd overschreden: het tijdvak was {m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="71"/>
        <source>left of {m} min</source>
        <translation>resterend van {m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="73"/>
        <source>not started: press Ctrl+Enter</source>
        <translation>niet gestart: druk op Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>EngagementsModel</name>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="19"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="20"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="21"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="200"/>
        <source>Wrote {n} records to {path}.</source>
        <translation>{n} gegevens geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="204"/>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="204"/>
        <source>Not exported: {e}</source>
        <translation>Niet geëxporteerd: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="211"/>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="233"/>
        <source>Import package</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="211"/>
        <source>Packages (*.zip)</source>
        <translation>Pakketten (*.zip)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="234"/>
        <source>The package was not imported; nothing was changed.

{e}</source>
        <translation>Het pakket is niet geïmporteerd; er is niets gewijzigd.

{e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="245"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="72"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="77"/>
        <source>What to export</source>
        <translation>Wat u wilt exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="79"/>
        <source>Minutes of the meeting</source>
        <translation>Verslag van de vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="80"/>
        <source>Agenda of the meeting</source>
        <translation>Agenda van de vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="81"/>
        <source>Engagement report</source>
        <translation>Engagementrapport</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="82"/>
        <source>Tracker workbook</source>
        <translation>Voortgangsoverzicht (Excel)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="89"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="92"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="93"/>
        <source>Partners (nothing marked group-only)</source>
        <translation>Partners (niets wat alleen voor de werkgroep is)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="94"/>
        <source>Working group only (everything)</source>
        <translation>Alleen werkgroep (alles)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="97"/>
        <source>Language of the export</source>
        <translation>Taal van de export</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="104"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="114"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="115"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="116"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="118"/>
        <source>F&amp;ile:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="131"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="106"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="135"/>
        <source>O&amp;pen</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="139"/>
        <source>&amp;Show in folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="169"/>
        <source>Select a meeting or an engagement to export.</source>
        <translation>Kies een vergadering of een engagement om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="190"/>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="213"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="213"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="215"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="240"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="241"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="257"/>
        <source>Choose what to export and a file name.</source>
        <translation>Kies wat u wilt exporteren en een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="264"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="287"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="293"/>
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="302"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="307"/>
        <source>The export failed: {error}</source>
        <translation>De export is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="95"/>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="150"/>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="98"/>
        <source>Package file</source>
        <translation>Pakketbestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="99"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="104"/>
        <source>Only changes &amp;since</source>
        <translation>Alleen wijzigingen &amp;sinds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="106"/>
        <source>Changes since</source>
        <translation>Wijzigingen sinds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="123"/>
        <source>&amp;File:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="129"/>
        <source>A full package is always safe. Send it to the other laptop (USB stick, e-mail); there, use File → Exchange → Import package.</source>
        <translation>Een volledig pakket is altijd veilig. Breng het naar de andere laptop (USB-stick, e-mail) en kies daar Bestand → Uitwisselen → Pakket importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="150"/>
        <source>Packages (*.zip)</source>
        <translation>Pakketten (*.zip)</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="267"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Uitwisselen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="270"/>
        <source>&amp;Export package…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="271"/>
        <source>&amp;Import package…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="272"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="280"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="347"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="351"/>
        <source>Export minutes, an agenda, the report or the tracker</source>
        <translation>Een verslag, een agenda, het rapport of het voortgangsoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="354"/>
        <source>&amp;Import tracker…</source>
        <translation>&amp;Voortgangsoverzicht importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="356"/>
        <source>Bring back a tracker workbook edited in Excel</source>
        <translation>Een in Excel bewerkt voortgangsoverzicht terugzetten</translation>
    </message>
</context>
<context>
    <name>FollowUpFeature</name>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="104"/>
        <source>Commitments, both ways</source>
        <translation>Toezeggingen over en weer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="105"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="106"/>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="113"/>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;zoeken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="119"/>
        <source>&amp;I am…</source>
        <translation>I&amp;k ben…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="165"/>
        <source>That record has no page to open it on.</source>
        <translation>Dit resultaat heeft geen eigen pagina om het op te openen.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="15"/>
        <source>Start (or resume) the meeting</source>
        <translation>De vergadering starten (of hervatten)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="16"/>
        <source>Next item</source>
        <translation>Volgend punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="17"/>
        <source>Previous item</source>
        <translation>Vorig punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="18"/>
        <source>Capture a decision</source>
        <translation>Een besluit vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="21"/>
        <source>Capture a commitment (by the company or by the group)</source>
        <translation>Een toezegging vastleggen (van het bedrijf of van de werkgroep)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="23"/>
        <source>Capture an action</source>
        <translation>Een actie vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="24"/>
        <source>Save / cancel the capture form</source>
        <translation>Het invulveld opslaan / annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="27"/>
        <source>Undo / redo the last capture</source>
        <translation>Het laatste vastleggen ongedaan maken / opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="29"/>
        <source>Undo typing in the notes</source>
        <translation>Typen in de aantekeningen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="30"/>
        <source>Back to the notes of this item</source>
        <translation>Terug naar de aantekeningen bij dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="31"/>
        <source>End the meeting and show the summary</source>
        <translation>De vergadering beëindigen en de samenvatting tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="32"/>
        <source>Full screen on / off</source>
        <translation>Volledig scherm aan / uit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="33"/>
        <source>Show / hide this help</source>
        <translation>Deze hulp tonen / verbergen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="36"/>
        <source>Close this help; close chair mode after the summary</source>
        <translation>Deze hulp sluiten; na de samenvatting de voorzittersmodus sluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="60"/>
        <source>Chair mode: keyboard shortcuts</source>
        <translation>Voorzittersmodus: sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="61"/>
        <source>Press F1 or Esc to close.</source>
        <translation>Druk op F1 of Esc om te sluiten.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="20"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="21"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="22"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="23"/>
        <source>Milestone stage</source>
        <translation>Mijlpaalfase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="24"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="25"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="26"/>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="29"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="30"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="31"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="32"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="33"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="34"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="35"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="36"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="37"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="38"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="39"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="40"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="41"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="42"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="43"/>
        <source>Made</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="44"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="45"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="46"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="47"/>
        <source>Presenter</source>
        <translation>Inleider</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="48"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="49"/>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="50"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="51"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="52"/>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="53"/>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="54"/>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="55"/>
        <source>Triaged</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="56"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="58"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="59"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="60"/>
        <source>Chain position</source>
        <translation>Positie in de keten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="61"/>
        <source>Headquarters region</source>
        <translation>Regio hoofdkantoor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="62"/>
        <source>Why selected</source>
        <translation>Waarom gekozen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="63"/>
        <source>Member of the group</source>
        <translation>Lid van de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="80"/>
        <source>(someone removed)</source>
        <translation>(verwijderde persoon)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="98"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="99"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="100"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="101"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="115"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="139"/>
        <source>Nobody was set in Tools → I am… when this changed</source>
        <translation>Er was niemand ingesteld in Extra → Ik ben… toen dit wijzigde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="57"/>
        <location filename="../../workbench/ui/lists/history_model.py" line="102"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="35"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="44"/>
        <source>History of the selected record</source>
        <translation>Geschiedenis van de gekozen regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="51"/>
        <location filename="../../workbench/ui/lists/history_widget.py" line="72"/>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="74"/>
        <source>Select a record to see its history.</source>
        <translation>Kies een regel om de geschiedenis te zien.</translation>
    </message>
</context>
<context>
    <name>IAmDialog</name>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="49"/>
        <source>I am…</source>
        <translation>Ik ben…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="52"/>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="56"/>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="63"/>
        <source>Changes you make are recorded with your name, and “My actions” in the tracker shows your open actions.</source>
        <translation>Wijzigingen die u maakt worden met uw naam vastgelegd, en “Mijn acties” in het actieoverzicht toont uw openstaande acties.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="74"/>
        <source>&amp;I am:</source>
        <translation>&amp;Ik ben:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="56"/>
        <location filename="../../workbench/ui/share/import_dialog.py" line="106"/>
        <source>Import tracker</source>
        <translation>Voortgangsoverzicht importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="61"/>
        <source>Workbook</source>
        <translation>Werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="66"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="63"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="70"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Werkmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="82"/>
        <source>Changes the import would make</source>
        <translation>Wijzigingen die de import zou maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="87"/>
        <source>&amp;Apply all</source>
        <translation>&amp;Alles toepassen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="106"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="123"/>
        <source>Choose a tracker workbook (.xlsx).</source>
        <translation>Kies een voortgangsoverzicht (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="128"/>
        <source>Reading {name}…</source>
        <translation>{name} lezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="143"/>
        <source>Problem: {text}</source>
        <translation>Probleem: {text}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="147"/>
        <source>Note: {text}</source>
        <translation>Let op: {text}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="150"/>
        <source>{n} problem(s) in the workbook: nothing can be imported until they are fixed.</source>
        <translation>{n} probleem/problemen in de werkmap: er kan niets worden geïmporteerd tot ze zijn opgelost.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="154"/>
        <source>The workbook matches the workbench: nothing to import.</source>
        <translation>De werkmap komt overeen met de workbench: niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="157"/>
        <source>Tracker of “{engagement}”: {changes} change(s) and {new} new action(s). Apply all of them, or none.</source>
        <translation>Voortgangsoverzicht van “{engagement}”: {changes} wijziging(en) en {new} nieuwe actie(s). Pas ze allemaal toe, of geen enkele.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="173"/>
        <source>The import failed: {error}</source>
        <translation>De import is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="181"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="190"/>
        <source>Imported {n} change(s).</source>
        <translation>{n} wijziging(en) geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="31"/>
        <source>Notes for this item</source>
        <extracomment>The notes of an item were written: (item id, text). Saving failed; the message says why (nothing typed is lost: it is retried).</extracomment>
        <translation>Aantekeningen bij dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="32"/>
        <source>Notes for this item (saved as you type)</source>
        <translation>Aantekeningen bij dit punt (opgeslagen terwijl u typt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="39"/>
        <source>&amp;Notes for this item:</source>
        <translation>Aan&amp;tekeningen bij dit punt:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/ui/labels.py" line="15"/>
        <source>Working group only</source>
        <translation>Alleen werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="16"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="18"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="19"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="21"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="22"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="23"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="24"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="25"/>
        <source>Fulfilled</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="26"/>
        <source>Not fulfilled</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="28"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="29"/>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="30"/>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="31"/>
        <source>Minutes approved</source>
        <translation>Verslag vastgesteld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="33"/>
        <source>Working-group meeting</source>
        <translation>Werkgroepvergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="34"/>
        <source>Company call</source>
        <translation>Gesprek met bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="35"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="37"/>
        <source>By the company</source>
        <translation>Door het bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="38"/>
        <source>By the working group</source>
        <translation>Door de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="40"/>
        <source>Inform</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="41"/>
        <source>Discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="42"/>
        <source>Decide</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="44"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="45"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="46"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="47"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="48"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="49"/>
        <source>Apologies</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="50"/>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="52"/>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="53"/>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="54"/>
        <source>Partially achieved</source>
        <translation>Deels bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="55"/>
        <source>Not achieved</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="56"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="58"/>
        <source>Pension fund</source>
        <translation>Pensioenfonds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="59"/>
        <source>Asset manager</source>
        <translation>Vermogensbeheerder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="60"/>
        <source>NGO</source>
        <translation>Ngo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="61"/>
        <source>Trade union</source>
        <translation>Vakbond</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="62"/>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="63"/>
        <source>Secretariat</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="64"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="65"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="67"/>
        <source>Brand / OEM</source>
        <translation>Merk / OEM</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="68"/>
        <source>Tier-1 supplier</source>
        <translation>Directe leverancier</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="69"/>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="70"/>
        <source>Trader</source>
        <translation>Handelaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="71"/>
        <source>Mine / origin</source>
        <translation>Mijn / herkomst</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="45"/>
        <source>Commitment</source>
        <extracomment>The tone of each settled status (``workbench.ui.palette``: light or dark palette). A mark beside the status word, so that status is never told by colour alone.</extracomment>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="47"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="48"/>
        <source>Made in</source>
        <translation>Toegezegd in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="49"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="50"/>
        <source>Party / owner</source>
        <translation>Partij / eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="88"/>
        <source>made in {meeting}</source>
        <translation>toegezegd in {meeting}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="95"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="115"/>
        <source>Overdue: past its due date</source>
        <translation>Te laat: de deadline is verstreken</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="130"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="133"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="134"/>
        <source>Only what is still to &amp;do</source>
        <translation>Alleen wat nog &amp;open staat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="159"/>
        <source>Commitments, both ways</source>
        <translation>Toezeggingen over en weer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="163"/>
        <source>E&amp;ngagement:</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="164"/>
        <source>&amp;Company:</source>
        <translation>Bedr&amp;ijf:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="213"/>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="230"/>
        <source>No engagement yet.</source>
        <translation>Nog geen engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="240"/>
        <source>What {company} committed to</source>
        <translation>Wat {company} heeft toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="242"/>
        <source>What the companies committed to</source>
        <translation>Wat de bedrijven hebben toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="244"/>
        <source>What the working group committed to</source>
        <translation>Wat de werkgroep heeft toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="248"/>
        <source>Still to do: &lt;b&gt;{company}&lt;/b&gt; by the company, &lt;b&gt;{group}&lt;/b&gt; by the group.</source>
        <translation>Nog te doen: &lt;b&gt;{company}&lt;/b&gt; door het bedrijf, &lt;b&gt;{group}&lt;/b&gt; door de werkgroep.</translation>
    </message>
</context>
<context>
    <name>LedgerSideView</name>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="101"/>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="20"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="21"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="22"/>
        <source>From meeting</source>
        <translation>Uit vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="23"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="24"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="49"/>
        <source>Create an engagement first.</source>
        <translation>Maak eerst een engagement aan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="50"/>
        <source>New lesson</source>
        <translation>Nieuwe les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="56"/>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="65"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="66"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="69"/>
        <source>From meeting</source>
        <translation>Uit vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="75"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="79"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="82"/>
        <location filename="../../workbench/ui/shell/frame.py" line="37"/>
        <source>Filter (type any words)…</source>
        <extracomment>The filter proxy; a page over a very long list may give a faster one. Defer ``reload`` while the page is hidden (set for the long lists).
----------
The list pages every window has, in the sidebar&apos;s order (``pages.build_pages``).</extracomment>
        <translation>Filteren (typ willekeurige woorden)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="83"/>
        <source>Filter {title}</source>
        <translation>{title} filteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="89"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="91"/>
        <source>New record</source>
        <translation>Nieuw toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="96"/>
        <source>{title} list</source>
        <translation>Lijst {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="112"/>
        <location filename="../../workbench/ui/lists/list_page.py" line="293"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="222"/>
        <source>{n} shown of {total}</source>
        <translation>{n} van {total} getoond</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="224"/>
        <source>{n} in all</source>
        <translation>{n} in totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="274"/>
        <source>Cannot create</source>
        <translation>Kan niet aanmaken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="294"/>
        <source>Delete {n} selected record(s)?</source>
        <translation>{n} gekozen regel(s) verwijderen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="86"/>
        <source>Pages</source>
        <extracomment>``Qt.ItemDataRole.UserRole``, written as its number: ``Qt`` is not built before the first paint (see ``_shortcut``). The settings dialog was accepted (features re-read what they use). ``attach`` is done: every page is built and the current one holds its data. Shortcuts set by ``_install_shortcuts`` (a standard key&apos;s name, or portable text).</extracomment>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="91"/>
        <source>Engagements</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="92"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="93"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="94"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="95"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="111"/>
        <source>Getting ready…</source>
        <translation>Bezig met opstarten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="116"/>
        <source>Getting ready</source>
        <translation>Bezig met opstarten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="153"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="275"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="276"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="277"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="280"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="282"/>
        <source>Add a record to the current page</source>
        <translation>Iets nieuws toevoegen aan de huidige pagina</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="288"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="294"/>
        <source>&amp;Filter this list</source>
        <translation>Deze lijst &amp;filteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="304"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="312"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="365"/>
        <source>Loading the demo case…</source>
        <translation>Voorbeeld laden…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="374"/>
        <source>Demo case loaded.</source>
        <translation>Voorbeeld geladen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="378"/>
        <source>Could not load the demo: {e}</source>
        <translation>Kon het voorbeeld niet laden: {e}</translation>
    </message>
</context>
<context>
    <name>MeetingFeature</name>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="39"/>
        <source>Notes inbox</source>
        <translation>Inbox aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="42"/>
        <source>Quick no&amp;te…</source>
        <translation>Snelle aan&amp;tekening…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="58"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="61"/>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="63"/>
        <source>A&amp;ttendance…</source>
        <translation>Aan&amp;wezigheid…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="65"/>
        <source>&amp;Chair meeting</source>
        <translation>Vergadering &amp;leiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="67"/>
        <source>&amp;New meeting from template…</source>
        <translation>&amp;Nieuwe vergadering uit sjabloon…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="70"/>
        <source>&amp;Save agenda as template…</source>
        <translation>Agenda als sjabloon &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="91"/>
        <source>Select a meeting on the Meetings page first.</source>
        <translation>Kies eerst een vergadering op de pagina Vergaderingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="160"/>
        <source>Template saved.</source>
        <translation>Sjabloon opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="18"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="19"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="20"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="21"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="23"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="53"/>
        <source>Merge report</source>
        <translation>Verslag van het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="57"/>
        <source>Added: {added}   Updated: {updated}   Deleted: {deleted}
Unchanged: {unchanged}   Newer on this laptop: {kept}   Conflicts: {conflicts}</source>
        <translation>Toegevoegd: {added}   Bijgewerkt: {updated}   Verwijderd: {deleted}
Ongewijzigd: {unchanged}   Nieuwer op deze laptop: {kept}   Conflicten: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="76"/>
        <source>Changed on both laptops: the newer version was kept and the other set aside. Choose for each:</source>
        <translation>Op beide laptops gewijzigd: de nieuwste versie is gehouden en de andere opzijgezet. Kies per gegeven:</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="45"/>
        <source>New meeting from a template</source>
        <translation>Nieuwe vergadering uit een sjabloon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="52"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="55"/>
        <source>{name} — {kind}, {minutes} min, {n} items</source>
        <translation>{name} — {kind}, {minutes} min, {n} punten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="90"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="91"/>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="92"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="93"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="94"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Publiek:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="124"/>
        <source>Choose a template.</source>
        <translation>Kies een sjabloon.</translation>
    </message>
</context>
<context>
    <name>NotesInbox</name>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="76"/>
        <source>Untriaged notes</source>
        <translation>Onverwerkte aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="93"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="108"/>
        <source>2024-06-30, +14 or +2w</source>
        <translation>2024-06-30, +14 of +2w</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="115"/>
        <source>Mark t&amp;riaged</source>
        <translation>Als verwerkt &amp;markeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="127"/>
        <source>File under</source>
        <translation>Opbergen bij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="132"/>
        <source>Turn into a follow-up</source>
        <translation>Omzetten in een vervolgstap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="134"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="135"/>
        <source>&amp;Due:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="98"/>
        <source>&amp;Attach</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="109"/>
        <source>Ma&amp;ke an action</source>
        <translation>Maak er een &amp;actie van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="112"/>
        <source>Make a &amp;commitment</source>
        <translation>Maak er een toe&amp;zegging van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="129"/>
        <source>E&amp;ngagement:</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="130"/>
        <source>Meet&amp;ing:</source>
        <translation>Ve&amp;rgadering:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="136"/>
        <source>Made &amp;by:</source>
        <translation>T&amp;oegezegd:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="137"/>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="152"/>
        <source>Notes inbox</source>
        <translation>Inbox aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="192"/>
        <source>{n} to triage</source>
        <translation>{n} te verwerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="251"/>
        <source>Not done: {reason}</source>
        <translation>Niet gedaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="253"/>
        <source>Done: the note left the inbox.</source>
        <translation>Gedaan: de aantekening is uit de inbox.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="17"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="18"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="26"/>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="27"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="28"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="29"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="30"/>
        <source>Triaged</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="31"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="26"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="27"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="28"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="29"/>
        <source>Stage since</source>
        <translation>Fase sinds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="30"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="60"/>
        <source>Reached in: {meeting}</source>
        <translation>Bereikt in: {meeting}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="63"/>
        <source>No stage change recorded here: the date of the last update</source>
        <translation>Hier geen fasewijziging vastgelegd: de datum van de laatste wijziging</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="185"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="189"/>
        <source>Meeting where changes happened</source>
        <translation>Vergadering waarin wijzigingen plaatsvonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="191"/>
        <source>Stage and outcome changes are recorded as having happened in this meeting</source>
        <translation>Wijzigingen van fase en uitkomst worden vastgelegd als gedaan in deze vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="195"/>
        <source>&amp;Present timeline</source>
        <translation>Tijdlijn &amp;presenteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="229"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="235"/>
        <source>E&amp;ngagement:</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="236"/>
        <source>&amp;Changes happened in:</source>
        <translation>Wijzigingen vastgelegd &amp;in:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="280"/>
        <source>No engagement yet: create one on the Engagements page.</source>
        <translation>Nog geen engagement: maak er een aan op de pagina Engagementen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="307"/>
        <source>Not about one company</source>
        <translation>Niet over één bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="329"/>
        <source>(no meeting)</source>
        <translation>(geen vergadering)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="347"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="383"/>
        <source>Timeline: {engagement}</source>
        <translation>Tijdlijn: {engagement}</translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <location filename="../../workbench/ui/shell/frame.py" line="40"/>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="65"/>
        <source>Create an engagement first.</source>
        <translation>Maak eerst een engagement aan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="69"/>
        <source>New engagement</source>
        <translation>Nieuw engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="76"/>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="85"/>
        <source>New commitment</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="90"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="99"/>
        <location filename="../../workbench/ui/shell/pages.py" line="189"/>
        <location filename="../../workbench/ui/shell/pages.py" line="210"/>
        <location filename="../../workbench/ui/shell/pages.py" line="236"/>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="105"/>
        <source>Engagements</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="113"/>
        <location filename="../../workbench/ui/shell/pages.py" line="137"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="114"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="116"/>
        <location filename="../../workbench/ui/shell/pages.py" line="160"/>
        <location filename="../../workbench/ui/shell/pages.py" line="186"/>
        <location filename="../../workbench/ui/shell/pages.py" line="207"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="118"/>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="119"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="120"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="128"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="138"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="141"/>
        <location filename="../../workbench/ui/shell/pages.py" line="231"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="145"/>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="148"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="150"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="152"/>
        <source>Place or link</source>
        <translation>Plaats of link</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="153"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="156"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="169"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="178"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="179"/>
        <source>Made</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="181"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="183"/>
        <location filename="../../workbench/ui/shell/pages.py" line="205"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="184"/>
        <location filename="../../workbench/ui/shell/pages.py" line="206"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="188"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="196"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="204"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="208"/>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="209"/>
        <location filename="../../workbench/ui/shell/pages.py" line="218"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="227"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="228"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="235"/>
        <source>Triaged</source>
        <translation>Verwerkt</translation>
    </message>
</context>
<context>
    <name>QuickNoteWindow</name>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="56"/>
        <source>Quick note</source>
        <translation>Snelle aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="63"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="64"/>
        <source>Type your note; it is saved as you type.</source>
        <translation>Typ uw aantekening; die wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="69"/>
        <source>e.g. OECD Forum, Paris</source>
        <translation>bijv. OESO-forum, Parijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="91"/>
        <source>&amp;Note:</source>
        <translation>&amp;Aantekening:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="92"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="93"/>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="94"/>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="95"/>
        <source>&amp;Audience:</source>
        <translation>P&amp;ubliek:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="103"/>
        <source>Ctrl+N new note · Esc closes (the note is already saved)</source>
        <translation>Ctrl+N nieuwe aantekening · Esc sluit (de aantekening is al opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="139"/>
        <source>New note</source>
        <translation>Nieuwe aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="190"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../workbench/ui/widgets/forms.py" line="90"/>
        <source>Form message</source>
        <translation>Melding van het formulier</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/forms.py" line="204"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/forms.py" line="207"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="152"/>
        <source>Save the agenda as a template</source>
        <translation>De agenda als sjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="165"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="166"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="54"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="55"/>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="56"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="57"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="58"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="59"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="83"/>
        <source>Search</source>
        <extracomment>A hit was chosen (Enter or double-click).</extracomment>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="90"/>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="92"/>
        <source>Words in notes, agenda items, decisions, commitments, actions, lessons…</source>
        <translation>Woorden in aantekeningen, agendapunten, besluiten, toezeggingen, acties, lessen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="100"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="127"/>
        <source>Type a word to search for.</source>
        <translation>Typ een woord om naar te zoeken.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="136"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="139"/>
        <source>{n} found. Enter or double-click opens one.</source>
        <translation>{n} gevonden. Enter of dubbelklikken opent er een.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="146"/>
        <source> — the best {n} shown</source>
        <translation> — de beste {n} getoond</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="37"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="38"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="44"/>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="45"/>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="50"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="51"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="55"/>
        <source>Default export language</source>
        <translation>Standaardtaal van exports</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="61"/>
        <source>Default export audience</source>
        <translation>Standaardpubliek van exports</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="63"/>
        <source>Partners (leaves out group-only content)</source>
        <translation>Partners (zonder inhoud die alleen voor de werkgroep is)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="65"/>
        <source>Working group only (everything)</source>
        <translation>Alleen werkgroep (alles)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="69"/>
        <source>&amp;I am:</source>
        <translation>&amp;Ik ben:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="70"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Gegevensmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="71"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Back-upmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="73"/>
        <source>Export lan&amp;guage:</source>
        <translation>Taal van &amp;exports:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="76"/>
        <source>Export &amp;audience:</source>
        <translation>&amp;Publiek van exports:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="78"/>
        <source>Language and folders take effect when the program starts again.</source>
        <translation>Taal en mappen gaan in wanneer het programma opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="100"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="102"/>
        <source>Choose {what}</source>
        <translation>{what} kiezen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../workbench/ui/shell/single_instance.py" line="128"/>
        <source>{path} is already open in another Engagement Workbench window; that window was brought to the front.</source>
        <translation>{path} is al geopend in een ander venster van Engagement Workbench; dat venster is naar voren gehaald.</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../workbench/ui/labels.py" line="85"/>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="86"/>
        <source>Concern raised</source>
        <translation>Zorg aangekaart</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="87"/>
        <source>Company acknowledges</source>
        <translation>Erkend door bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="88"/>
        <source>Credible plan</source>
        <translation>Geloofwaardig plan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="89"/>
        <source>Implemented / achieved</source>
        <translation>Uitgevoerd / bereikt</translation>
    </message>
</context>
<context>
    <name>TargetSection</name>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="106"/>
        <source>Objectives of {company}</source>
        <translation>Doelstellingen van {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="128"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="133"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="74"/>
        <source>Timeline of the engagement</source>
        <extracomment>An empty stretch longer than this is drawn as a break in the axis, so years without events (a paused engagement) do not squeeze the rest into a corner.</extracomment>
        <translation>Tijdlijn van het engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="85"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="86"/>
        <source>Company commitments</source>
        <translation>Toezeggingen bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="87"/>
        <source>Group commitments</source>
        <translation>Toezeggingen werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="88"/>
        <source>Stage changes</source>
        <translation>Fasewijzigingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="230"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="331"/>
        <source>company call</source>
        <translation>gesprek met bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="333"/>
        <source>working group</source>
        <translation>werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="334"/>
        <source>promise made</source>
        <translation>toezegging gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="335"/>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="336"/>
        <source>not kept</source>
        <translation>niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="337"/>
        <source>stage reached</source>
        <translation>fase bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="339"/>
        <source>no history: as last updated</source>
        <translation>geen geschiedenis: laatste wijziging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="361"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="363"/>
        <source>Promise made</source>
        <translation>Toezegging gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="365"/>
        <source>Promise kept</source>
        <translation>Toezegging nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="367"/>
        <source>Promise not kept</source>
        <translation>Toezegging niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="369"/>
        <source>Stage {old} → {new}</source>
        <translation>Fase {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="373"/>
        <source>Stage {stage}</source>
        <translation>Fase {stage}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="374"/>
        <source>(no history: date of the last update)</source>
        <translation>(geen geschiedenis: datum van de laatste wijziging)</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="114"/>
        <source>Engagement</source>
        <extracomment>Status filter choices: (key, statuses); the first is the default. &quot;My actions&quot; needs an &quot;I am&quot; person and none is set: the feature asks the user.</extracomment>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="115"/>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="181"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="116"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="117"/>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="118"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="119"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="122"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="124"/>
        <source>Due in &amp;7 days</source>
        <translation>Binnen &amp;7 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="126"/>
        <source>M&amp;y actions</source>
        <translation>&amp;Mijn acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="129"/>
        <source>Only the open actions of the person set in Tools → I am…</source>
        <translation>Alleen de openstaande acties van wie is ingesteld bij Extra → Ik ben…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="185"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="189"/>
        <source>Set &amp;status of selected</source>
        <translation>&amp;Status van selectie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="190"/>
        <source>Set the status of the selected actions</source>
        <translation>De status van de gekozen acties instellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="226"/>
        <source>All engagements</source>
        <translation>Alle engagementen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="227"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="228"/>
        <source>Any organisation</source>
        <translation>Elke organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="311"/>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="315"/>
        <source>{open} open · {overdue} · {soon} due in the next 7 days</source>
        <translation>{open} open · {overdue} · {soon} met deadline binnen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="331"/>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="346"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="349"/>
        <source>{n} action(s) set to {status}.</source>
        <translation>{n} actie(s) op {status} gezet.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../workbench/ui/shell/welcome.py" line="16"/>
        <source>&lt;h1&gt;Welcome to the Engagement Workbench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Welkom bij de Engagement Workbench&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/welcome.py" line="19"/>
        <source>This database is empty. Load the demo case — a working group engaging a car maker and a parts supplier on child labour in mica mining — to look around, or start your own engagement.</source>
        <translation>Deze database is leeg. Laad het voorbeeld — een werkgroep die een autofabrikant en een toeleverancier aanspreekt op kinderarbeid in de mijnbouw van mica — om rond te kijken, of begin uw eigen engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/welcome.py" line="25"/>
        <source>Load the &amp;demo case</source>
        <translation>Het voorbeel&amp;d laden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/welcome.py" line="27"/>
        <source>Load the demo case</source>
        <translation>Het voorbeeld laden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/welcome.py" line="29"/>
        <source>Start a &amp;new engagement</source>
        <translation>&amp;Nieuw engagement beginnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/welcome.py" line="31"/>
        <source>Start a new engagement</source>
        <translation>Nieuw engagement beginnen</translation>
    </message>
</context>
</TS>
