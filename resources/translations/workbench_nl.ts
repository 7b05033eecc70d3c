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
        <location filename="../../workbench/ui/shell/first_rows.py" line="111"/>
        <source>{date} (overdue)</source>
        <extracomment>The column edited in place, and the record field it writes. The overdue and done colours on a light palette; ``palette.tone`` picks per palette.</extracomment>
        <translation>{date} (te laat)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="59"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="45"/>
        <source>Action</source>
        <extracomment>The tracker&apos;s columns (``ActionsModel.COLUMNS``: the same words, the same context).</extracomment>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="60"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="46"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="61"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="47"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="62"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="48"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="63"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="64"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="50"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="65"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="51"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="66"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="52"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/actions_model.py" line="177"/>
        <source>Overdue: past its due date</source>
        <extracomment>The roles a cell answers (``cell`` and ``extra_data``); the proxy answers the others (font, alignment, size...) with ``None`` without looking up the row. The user edited a cell: (action id, field, new value). The page saves it.</extracomment>
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
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="175"/>
        <source>&amp;Add item</source>
        <translation>Punt &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="177"/>
        <source>&amp;Remove item</source>
        <translation>Punt &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="182"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="184"/>
        <source>Move &amp;down</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="186"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="188"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="244"/>
        <source>Agenda — {title}</source>
        <translation>Agenda — {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="263"/>
        <source>Planned {total} of {duration} min: fits, {spare} min to spare</source>
        <translation>Gepland {total} van {duration} min: past, {spare} min over</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="269"/>
        <source>Planned {total} of {duration} min: does not fit, {over} min over</source>
        <translation>Gepland {total} van {duration} min: past niet, {over} min te veel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="290"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="292"/>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="394"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="313"/>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="319"/>
        <source>Add item</source>
        <translation>punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="338"/>
        <source>Remove “{title}”</source>
        <translation>“{title}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="348"/>
        <source>Edit item</source>
        <translation>punt bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="360"/>
        <source>Move item</source>
        <translation>punt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/agenda_editor.py" line="380"/>
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
        <translation>Zichtbaar voor</translation>
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
    <name>ApproveDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="46"/>
        <source>Approve the minutes</source>
        <translation>Verslag vaststellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="56"/>
        <source>Approved at</source>
        <translation>Vastgesteld in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="57"/>
        <source>Not at a meeting (approved by e-mail)</source>
        <translation>Niet in een vergadering (per e-mail vastgesteld)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="65"/>
        <source>Approve the minutes of “{title}”? Once approved they are frozen: a later correction is a new version, with its reason.</source>
        <translation>Het verslag van ‘{title}’ vaststellen? Daarna ligt het vast: een latere correctie wordt een nieuwe versie, met de reden erbij.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="74"/>
        <source>At the &amp;meeting:</source>
        <translation>&amp;In de vergadering:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="78"/>
        <source>&amp;Approve</source>
        <translation>&amp;Vaststellen</translation>
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
    <name>AudienceToggle</name>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="59"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="59"/>
        <source>Group only</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="61"/>
        <source>shared with partners</source>
        <translation>gedeeld met partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="61"/>
        <source>working group only</source>
        <translation>alleen voor de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="62"/>
        <source>Audience of {field}</source>
        <translation>Zichtbaarheid van {field}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="65"/>
        <source>{field} is shared with partners: it appears in partners exports. Click to keep it for the working group.</source>
        <translation>{field} is gedeeld met partners: het staat in exports voor partners. Klik om het binnen de werkgroep te houden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/audience_toggle.py" line="68"/>
        <source>{field} is for the working group only: partners exports leave it out. Click to share it with partners.</source>
        <translation>{field} is alleen voor de werkgroep: exports voor partners laten het weg. Klik om het met partners te delen.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="220"/>
        <source>Damaged database</source>
        <translation>Beschadigde database</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="225"/>
        <source>Restore the &amp;latest backup</source>
        <translation>&amp;Laatste back-up terugzetten</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="103"/>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="109"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="117"/>
        <source>A backup is taken automatically once a day; the last ten are kept in {f}.</source>
        <translation>Eén keer per dag wordt automatisch een back-up gemaakt; de laatste tien worden bewaard in {f}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="122"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="124"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="154"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="158"/>
        <source>Backed up to {p}.</source>
        <translation>Back-up gemaakt in {p}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="163"/>
        <source>The backup failed: {e}</source>
        <translation>De back-up is mislukt: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="176"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="178"/>
        <source>Replace the database with the backup {b}?

The current file is not deleted: it is kept beside it, renamed.</source>
        <translation>De database vervangen door de back-up {b}?

Het huidige bestand wordt niet verwijderd: het blijft ernaast staan, met een andere naam.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="188"/>
        <source>Not restored: {e}</source>
        <translation>Niet teruggezet: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/backup_dialogs.py" line="191"/>
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
    <name>BriefDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="54"/>
        <source>Chair&apos;s brief: {title}</source>
        <translation>Briefing voor de voorzitter: {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="58"/>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="99"/>
        <source>Chair&apos;s brief</source>
        <translation>Briefing voor de voorzitter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="63"/>
        <source>Language of the PDF</source>
        <translation>Taal van de pdf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="71"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als pdf op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="77"/>
        <source>PDF &amp;in:</source>
        <translation>Pdf &amp;in:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="93"/>
        <source>working group only</source>
        <translation>alleen werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="100"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="101"/>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="102"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="103"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="104"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="105"/>
        <source>Agenda: who asks what</source>
        <translation>Agenda: wie vraagt wat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="106"/>
        <source>Objectives and stages</source>
        <translation>Doelen en fasen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="107"/>
        <source>Open commitments by the company</source>
        <translation>Openstaande toezeggingen van het bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="108"/>
        <source>Open commitments by the working group</source>
        <translation>Openstaande toezeggingen van de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="109"/>
        <source>At the last call</source>
        <translation>In het vorige gesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="110"/>
        <source>No earlier call with this company.</source>
        <translation>Nog geen eerder gesprek met dit bedrijf.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="111"/>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="112"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="113"/>
        <source>overdue</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="114"/>
        <source>Nothing overdue.</source>
        <translation>Niets over tijd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="115"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="116"/>
        <source>Escalation</source>
        <translation>Escalatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="117"/>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="118"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="190"/>
        <source>Save the brief</source>
        <translation>Briefing opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="190"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="198"/>
        <source>The brief was not saved: {e}</source>
        <translation>De briefing is niet opgeslagen: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/brief_view.py" line="200"/>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="77"/>
        <source>2024-06-30, +14 or +2w</source>
        <translation>30-06-2024, +14 of +2w</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="81"/>
        <source>Enter saves · Esc cancels · Tab to the next field</source>
        <translation>Enter slaat op · Esc annuleert · Tab naar het volgende veld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="88"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="89"/>
        <source>&amp;Made:</source>
        <translation>T&amp;oegezegd:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="90"/>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="91"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="92"/>
        <source>D&amp;ue:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="116"/>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="117"/>
        <source>New commitment</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/capture_form.py" line="118"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
</context>
<context>
    <name>CapturedModel</name>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="43"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="44"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="45"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="46"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="47"/>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
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
        <source>&lt;b&gt;Captured so far&lt;/b&gt;: {decisions}, {commitments}, {actions}</source>
        <translation>&lt;b&gt;Tot nu toe vastgelegd&lt;/b&gt;: {decisions}, {commitments}, {actions}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/captured_panel.py" line="69"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n besluit</numerusform>
            <numerusform>%n besluiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/captured_panel.py" line="70"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/captured_panel.py" line="71"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverPanel</name>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="52"/>
        <source>Open actions and commitments</source>
        <translation>Openstaande acties en toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="59"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="62"/>
        <source>New due date (2024-06-30, +14)</source>
        <translation>Nieuwe deadline (30-06-2024, +14)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="63"/>
        <source>New due date</source>
        <translation>Nieuwe deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="68"/>
        <source>Short note for the history</source>
        <translation>Korte toelichting voor de geschiedenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="69"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="72"/>
        <source>&amp;Record update</source>
        <translation>&amp;Wijziging vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="82"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="110"/>
        <source>{n} open from earlier meetings, {o} overdue</source>
        <translation>{n} open uit eerdere vergaderingen, {o} te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="114"/>
        <source>Nothing open from earlier meetings.</source>
        <translation>Niets open uit eerdere vergaderingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="123"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="123"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="131"/>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="132"/>
        <source>OVERDUE, {due}</source>
        <translation>TE LAAT, {due}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="171"/>
        <source>Not recorded: {reason}</source>
        <translation>Niet vastgelegd: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/carry_over_panel.py" line="175"/>
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
        <location filename="../../workbench/ui/chair/summary_view.py" line="216"/>
        <source>+{t} over</source>
        <translation>+{t} te lang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="226"/>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="226"/>
        <source>Took</source>
        <translation>Duurde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="226"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="192"/>
        <source>Everything is saved and linked to this meeting.</source>
        <translation>Alles is opgeslagen en gekoppeld aan deze vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="194"/>
        <source>Esc closes chair mode; Ctrl+Enter resumes the meeting.</source>
        <translation>Esc sluit de voorzittersmodus; Ctrl+Enter hervat de vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="164"/>
        <source>Meeting held: {title}</source>
        <translation>Vergadering gehouden: {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="68"/>
        <source>What the meeting captured</source>
        <translation>Wat de vergadering heeft vastgelegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="79"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="81"/>
        <source>Correct the selected capture</source>
        <translation>Het gekozen punt corrigeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="83"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="85"/>
        <source>Withdraw the selected capture</source>
        <translation>Het gekozen punt intrekken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="91"/>
        <source>Nothing was captured in this meeting.</source>
        <translation>In deze vergadering is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="118"/>
        <source>Time per item</source>
        <translation>Tijd per agendapunt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="130"/>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="165"/>
        <source>Duration: &lt;b&gt;{took}&lt;/b&gt; (planned {planned})</source>
        <translation>Duur: &lt;b&gt;{took}&lt;/b&gt; (gepland {planned})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="169"/>
        <source>%n item(s) over time</source>
        <translation>
            <numerusform>%n agendapunt liep uit</numerusform>
            <numerusform>%n agendapunten liepen uit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="198"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="200"/>
        <source>({by_company} by the company, {by_group} by the group)</source>
        <translation>({by_company} door het bedrijf, {by_group} door de werkgroep)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="204"/>
        <source>Captured: {decisions}, {commitments}, {actions}</source>
        <translation>Vastgelegd: {decisions}, {commitments}, {actions}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="205"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n besluit</numerusform>
            <numerusform>%n besluiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="207"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_view.py" line="262"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="84"/>
        <source>Chair — {title}</source>
        <extracomment>How much larger than the system font the item title is drawn.</extracomment>
        <translation>Voorzitter — {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="112"/>
        <source>&amp;Start meeting (Ctrl+Enter)</source>
        <translation>Vergadering &amp;starten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="136"/>
        <source>Notes on this item</source>
        <translation>Aantekeningen bij dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="138"/>
        <source>Notes on this item — saved as you type. F1 lists the shortcuts.</source>
        <translation>Aantekeningen bij dit punt — opgeslagen terwijl u typt. F1 toont de sneltoetsen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="180"/>
        <source>F1 shortcuts · PgDn next · PgUp previous · Ctrl+D decision · Ctrl+K commitment · Ctrl+T action · Ctrl+E end · F11 full screen</source>
        <translation>F1 sneltoetsen · PgDn volgende · PgUp vorige · Ctrl+D besluit · Ctrl+K toezegging · Ctrl+T actie · Ctrl+E einde · F11 volledig scherm</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="213"/>
        <source>Undo capture</source>
        <translation>Vastleggen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="216"/>
        <source>Redo capture</source>
        <translation>Vastleggen opnieuw doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="237"/>
        <source>This meeting has no agenda items.</source>
        <translation>Deze vergadering heeft geen agendapunten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="242"/>
        <source>Item {n} of {total}</source>
        <translation>Punt {n} van {total}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="245"/>
        <source>time box {m} min</source>
        <translation>tijdvak {m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="247"/>
        <source>presenter {name}</source>
        <translation>inleider {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="270"/>
        <source>Meeting {t} of {p}</source>
        <translation>Vergadering {t} van {p}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="308"/>
        <source>This is the last item. Ctrl+E ends the meeting.</source>
        <translation>Dit is het laatste punt. Ctrl+E beëindigt de vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="358"/>
        <source>Capture</source>
        <translation>vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="361"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/window.py" line="399"/>
        <source>The meeting is running: Ctrl+E ends it, Ctrl+W closes chair mode.</source>
        <translation>De vergadering loopt: Ctrl+E beëindigt haar, Ctrl+W sluit de voorzittersmodus.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../workbench/cli.py" line="128"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location filename="../../workbench/cli.py" line="136"/>
        <source>unexpected error: {error} (details in the log)</source>
        <translation>onverwachte fout: {error} (details in het logbestand)</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/core.py" line="64"/>
        <source>Demo case loaded into {path} ({count} records).</source>
        <extracomment>Lists read by the stewardship services rather than ``services.listing``.</extracomment>
        <translation>Voorbeeld geladen in {path} ({count} records).</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/core.py" line="68"/>
        <source>Demo case already present in {path}; nothing added.</source>
        <translation>Het voorbeeld staat al in {path}; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/core.py" line="89"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/core.py" line="90"/>
        <source>Schema: {revision} (this version writes {head})</source>
        <translation>Schema: {revision} (deze versie schrijft {head})</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/core.py" line="93"/>
        <source>Integrity: NOT sound</source>
        <translation>Integriteit: NIET in orde</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/core.py" line="97"/>
        <source>Integrity: ok</source>
        <translation>Integriteit: in orde</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/conflicts.py" line="82"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/conflicts.py" line="84"/>
        <source>No conflicts to settle.</source>
        <translation>Geen conflicten af te handelen.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/conflicts.py" line="120"/>
        <source>Conflict {id} ({label}) is already settled.</source>
        <translation>Conflict {id} ({label}) is al afgehandeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/conflicts.py" line="131"/>
        <source>Settled conflict {id} ({kind} “{label}”): kept mine.</source>
        <translation>Conflict {id} ({kind} “{label}”) opgelost: mijn versie behouden.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/conflicts.py" line="133"/>
        <source>Settled conflict {id} ({kind} “{label}”): kept theirs.</source>
        <translation>Conflict {id} ({kind} “{label}”) opgelost: de andere versie behouden.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="62"/>
        <source>“{text}” is not a date (YYYY-MM-DD)</source>
        <translation>“{text}” is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="75"/>
        <source>Wrote {count} records to {path}.</source>
        <translation>{count} records geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="93"/>
        <source>Merged {file}: {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {newer} newer here, {conflicts} conflicts.</source>
        <translation>{file} samengevoegd: {added} toegevoegd, {updated} bijgewerkt, {deleted} verwijderd, {unchanged} ongewijzigd, {newer} hier nieuwer, {conflicts} conflicten.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="111"/>
        <source>conflict: {kind} “{label}” ({fields}): kept this laptop&apos;s version</source>
        <translation>conflict: {kind} “{label}” ({fields}): de versie van deze laptop behouden</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="113"/>
        <source>conflict: {kind} “{label}” ({fields}): kept the package&apos;s version</source>
        <translation>conflict: {kind} “{label}” ({fields}): de versie uit het pakket behouden</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="117"/>
        <source>timestamps</source>
        <translation>tijdstempels</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="129"/>
        <source>There is no database at {path}.</source>
        <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="138"/>
        <source>Backed up {path} to {target}.</source>
        <translation>Reservekopie van {path} gemaakt in {target}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="151"/>
        <source>{path} is open in the workbench; close it first, or restore from File → Backups in the app.</source>
        <translation>{path} is geopend in de workbench; sluit het bestand eerst, of zet de reservekopie terug via Bestand → Reservekopieën in de app.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="161"/>
        <source>Restored {path} from {file}.</source>
        <translation>{path} teruggezet vanuit {file}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exchange.py" line="163"/>
        <source>The file it replaced was kept as {path}.</source>
        <translation>Het vervangen bestand is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/search.py" line="51"/>
        <source>--limit must be at least 1.</source>
        <translation>--limit moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/search.py" line="59"/>
        <source>Give at least one word to search for.</source>
        <translation>Geef minstens één woord om op te zoeken.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/search.py" line="64"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/search.py" line="181"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/search.py" line="183"/>
        <source>No engagement matches “{text}”; engagements: {titles}.</source>
        <translation>Geen engagement past bij “{text}”; engagementen: {titles}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/search.py" line="185"/>
        <source>More than one engagement matches “{text}”; engagements: {titles}.</source>
        <translation>Meer dan één engagement past bij “{text}”; engagementen: {titles}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="43"/>
        <source>No exchange folder is chosen: give --sync-folder DIR, set WORKBENCH_SYNC_FOLDER, or choose one in the settings.</source>
        <translation>Er is geen uitwisselingsmap gekozen: geef --sync-folder MAP op, stel WORKBENCH_SYNC_FOLDER in, of kies er een in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="61"/>
        <source>Another sync of this database is running; nothing done.</source>
        <translation>Er loopt al een synchronisatie van deze database; er is niets gedaan.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="69"/>
        <source>Merged snapshot {number} of {laptop}: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Momentopname {number} van {laptop} samengevoegd: {added} toegevoegd, {updated} bijgewerkt, {deleted} verwijderd, {conflicts} conflicten.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="75"/>
        <source>Merged package {number} of {laptop}: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Pakket {number} van {laptop} samengevoegd: {added} toegevoegd, {updated} bijgewerkt, {deleted} verwijderd, {conflicts} conflicten.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="93"/>
        <source>Wrote {name} ({count} records).</source>
        <translation>{name} geschreven ({count} records).</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="95"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/sync.py" line="96"/>
        <source>Other laptops: {laptops}. Conflicts waiting: {conflicts}.</source>
        <translation>Andere laptops: {laptops}. Wachtende conflicten: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="80"/>
        <location filename="../../workbench/commands/cycle.py" line="129"/>
        <location filename="../../workbench/commands/exports.py" line="167"/>
        <source>the {kind} is of a meeting: give --meeting ID</source>
        <translation>de {kind} hoort bij een vergadering: geef --meeting ID</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="85"/>
        <location filename="../../workbench/commands/exports.py" line="172"/>
        <source>the {kind} is of an engagement: give --engagement ID</source>
        <translation>de {kind} hoort bij een engagement: geef --engagement ID</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="104"/>
        <source>Wrote the draft {path}</source>
        <translation>Concept geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="107"/>
        <source>Opened it in the mail program.</source>
        <translation>Geopend in het e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="109"/>
        <source>No mail program opened it: the draft is saved in {folder}; open it in your mail program, or attach it by hand.</source>
        <translation>Geen e-mailprogramma heeft het concept geopend: het staat in {folder}; open het in uw e-mailprogramma, of voeg het met de hand als bijlage toe.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="132"/>
        <source>the {kind} has one format: leave out --format</source>
        <translation>de {kind} heeft één formaat: laat --format weg</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="146"/>
        <source>the chair&apos;s brief is for the working group only</source>
        <translation>de briefing voor de voorzitter is alleen voor de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="154"/>
        <location filename="../../workbench/commands/exports.py" line="188"/>
        <location filename="../../workbench/commands/exports.py" line="192"/>
        <source>Wrote {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="158"/>
        <source>{method}, sequence {sequence}</source>
        <translation>{method}, volgnummer {sequence}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/cycle.py" line="164"/>
        <source>Not in the invitation (no e-mail address): {names}</source>
        <translation>Niet in de uitnodiging (geen e-mailadres): {names}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="107"/>
        <source>give {option} ID (for example: {hint})</source>
        <translation>geef {option} ID (bijvoorbeeld: {hint})</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="109"/>
        <source>give {option} ID</source>
        <translation>geef {option} ID</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="123"/>
        <source>no meeting with an ID starting with “{id}”</source>
        <translation>geen vergadering met een id dat begint met “{id}”</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="125"/>
        <source>no engagement with an ID starting with “{id}”</source>
        <translation>geen engagement met een id dat begint met “{id}”</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="131"/>
        <source>“{id}” matches more than one meeting: {listed}; give more of the ID</source>
        <translation>“{id}” past bij meer dan één vergadering: {listed}; geef meer tekens van het id</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="133"/>
        <source>“{id}” matches more than one engagement: {listed}; give more of the ID</source>
        <translation>“{id}” past bij meer dan één engagement: {listed}; geef meer tekens van het id</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="204"/>
        <source>--from and --to apply to the evidence pack only</source>
        <translation>--from en --to gelden alleen voor het monitoringsdossier</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="208"/>
        <source>the evidence pack is of a period: give --from DATE (and --to DATE)</source>
        <translation>het monitoringsdossier beslaat een periode: geef --from DATUM (en --to DATUM)</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="215"/>
        <source>a date is written YYYY-MM-DD, e.g. 2021-12-31 ({error})</source>
        <translation>schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2021-12-31 ({error})</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="218"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>de periode eindigt ({end}) voordat ze begint ({start})</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="229"/>
        <source>{path}: no such file</source>
        <translation>{path}: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="237"/>
        <source>A problem in {name}; nothing was imported</source>
        <translation>Een probleem in {name}; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="239"/>
        <source>{count} problems in {name}; nothing was imported</source>
        <translation>{count} problemen in {name}; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="243"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefdraai: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="246"/>
        <source>Nothing to import.</source>
        <translation>Er is niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="255"/>
        <source>Imported {count} change(s) into “{engagement}”.</source>
        <translation>{count} wijziging(en) geïmporteerd in “{engagement}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="261"/>
        <source>Tracker of “{engagement}” ({audience}, {lang}): {changes} change(s), {new} new action(s)</source>
        <translation>Voortgangsoverzicht van “{engagement}” ({audience}, {lang}): {changes} wijziging(en), {new} nieuwe actie(s)</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="277"/>
        <source>note: {notice}</source>
        <translation>let op: {notice}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/exports.py" line="284"/>
        <source>problem: {problem}</source>
        <translation>probleem: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="65"/>
        <source>Took in {file}: note “{title}” with {count} document(s).</source>
        <translation>{file} opgenomen: aantekening “{title}” met {count} document(en).</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="67"/>
        <source>Took in {file}: note “{title}”.</source>
        <translation>{file} opgenomen: aantekening “{title}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="71"/>
        <source>{name} was taken in before; moved to Done.</source>
        <translation>{name} was al eerder opgenomen; verplaatst naar Done.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="73"/>
        <source>{name} is still being written; left for the next scan.</source>
        <translation>{name} wordt nog geschreven; blijft liggen tot de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="76"/>
        <source>{name} is not a note, e-mail, photo or PDF; left alone.</source>
        <translation>{name} is geen aantekening, e-mail, foto of pdf; blijft liggen.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="80"/>
        <source>{file}: {reason} (moved to Problems)</source>
        <translation>{file}: {reason} (verplaatst naar Problems)</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="82"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="87"/>
        <source>1 new note in the Notes inbox</source>
        <translation>1 nieuwe notitie in de notities-inbox</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="89"/>
        <source>{n} new notes in the Notes inbox</source>
        <translation>{n} nieuwe notities in de notities-inbox</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="90"/>
        <source>1 file waiting</source>
        <translation>1 bestand wacht</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="92"/>
        <source>{n} files waiting</source>
        <translation>{n} bestanden wachten</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="93"/>
        <source>1 problem</source>
        <translation>1 probleem</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/inbox.py" line="93"/>
        <source>{n} problems</source>
        <translation>{n} problemen</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="55"/>
        <source>The group key is made; packages are sealed from now on.</source>
        <translation>De groepssleutel is gemaakt; pakketten worden vanaf nu verzegeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="56"/>
        <source>Give this join code to each member, not through the exchange folder:</source>
        <translation>Geef deze deelnamecode aan elk lid, niet via de uitwisselmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="72"/>
        <source>This laptop is in group {group}; its packages are sealed from now on.</source>
        <translation>Deze laptop zit in groep {group}; zijn pakketten worden vanaf nu verzegeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="112"/>
        <source>This laptop shares in no group: packages are not sealed.</source>
        <translation>Deze laptop deelt niet in een groep: pakketten worden niet verzegeld.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="114"/>
        <source>Start one with &apos;workbench group create&apos;, or join with &apos;workbench group join CODE&apos;.</source>
        <translation>Begin er een met &apos;workbench group create&apos;, of neem deel met &apos;workbench group join CODE&apos;.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="121"/>
        <source>Group {group}</source>
        <translation>Groep {group}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="122"/>
        <source>missing on this laptop: join again with the code</source>
        <translation>ontbreekt op deze laptop: neem opnieuw deel met de code</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="123"/>
        <source>Join code: {code}</source>
        <translation>Deelnamecode: {code}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="125"/>
        <source> (removed)</source>
        <translation> (verwijderd)</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="126"/>
        <source>added by {name}</source>
        <translation>toegevoegd door {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="143"/>
        <source>Packages from laptop {laptop} are refused from now on.</source>
        <translation>Pakketten van laptop {laptop} worden vanaf nu geweigerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/commands/group.py" line="148"/>
        <source>The group key is replaced. Give this new join code to each remaining member
(workbench group join CODE), not through the exchange folder:</source>
        <translation>De groepssleutel is vervangen. Geef deze nieuwe deelnamecode aan elk overgebleven lid
(workbench group join CODE), niet via de uitwisselmap:</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <location filename="../../workbench/ui/lists/columns.py" line="283"/>
        <source>Fit columns to the window</source>
        <extracomment>The narrowest the text column is made (a few words of a title), and how far it gives way when the key columns need the room (its text is in its tooltip and the form). The widest a key column is made for its content (and any other column). Room kept free at the right, so no scroll bar appears by a pixel. The detail pane&apos;s share of a list page when it is first shown, and its bounds in pixels. ``cell(row, column, role)``: a cell&apos;s data without a ``QModelIndex``.</extracomment>
        <translation>Kolommen passend maken</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="31"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="32"/>
        <source>Made</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="33"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="34"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="36"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="37"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="104"/>
        <source>Evidence: {e}</source>
        <translation>Bewijs: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/commitments_model.py" line="117"/>
        <source>Overdue: past its due date</source>
        <translation>Te laat: de deadline is verstreken</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="51"/>
        <source>Settle “{record}”</source>
        <translation>“{record}” regelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="54"/>
        <source>the other laptop</source>
        <translation>de andere laptop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="74"/>
        <source>Write what the record should say; it is saved as your edit and reaches the other laptops with the next sync.</source>
        <translation>Schrijf wat er in het record moet staan; het wordt bewaard als uw wijziging en bereikt de andere laptops bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="92"/>
        <source>{laptop} has: “{text}”</source>
        <translation>{laptop} heeft: “{text}”</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="95"/>
        <source>Start from theirs</source>
        <translation>Beginnen met hun versie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="112"/>
        <source>Mine: {value}</source>
        <translation>Van mij: {value}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflict_edit.py" line="114"/>
        <source>{laptop}: {value}</source>
        <translation>{laptop}: {value}</translation>
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
    <name>ConflictsPage</name>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="117"/>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="264"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="127"/>
        <source>The same record was changed on two laptops. The newer version is shown everywhere; the other was kept here. Choose for each.</source>
        <translation>Hetzelfde record is op twee laptops gewijzigd. Overal staat nu de nieuwste versie; de andere is hier bewaard. Kies per conflict.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="132"/>
        <source>Show &amp;settled ones</source>
        <translation>Geregelde ook &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="137"/>
        <source>Mine and theirs</source>
        <translation>Van mij en van de ander</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="147"/>
        <source>No conflicts waiting. When a record is changed on two laptops, both versions are kept and shown here.</source>
        <translation>Geen conflicten die wachten. Als een record op twee laptops wordt gewijzigd, worden beide versies bewaard en hier getoond.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="154"/>
        <source>Keep m&amp;ine</source>
        <translation>M&amp;ijne houden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="155"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>De versie van deze laptop houden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="156"/>
        <source>Keep thei&amp;rs</source>
        <translation>Die van de a&amp;nder houden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="157"/>
        <source>Keep the other laptop&apos;s version</source>
        <translation>De versie van de andere laptop houden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="158"/>
        <source>E&amp;dit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="159"/>
        <source>Write the value yourself, from both versions</source>
        <translation>Schrijf de waarde zelf, uit beide versies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="160"/>
        <source>&amp;Open record</source>
        <translation>Record &amp;openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="235"/>
        <source>Theirs ({laptop})</source>
        <translation>Van de ander ({laptop})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="235"/>
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="237"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="237"/>
        <source>Mine (this laptop)</source>
        <translation>Van mij (deze laptop)</translation>
    </message>
</context>
<context>
    <name>ConflictsPageModel</name>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="51"/>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="52"/>
        <source>settled</source>
        <translation>geregeld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="53"/>
        <source>settled by editing</source>
        <translation>geregeld door te bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="62"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="63"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="64"/>
        <source>Differs in</source>
        <translation>Verschilt in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="65"/>
        <source>Other laptop</source>
        <translation>Andere laptop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="66"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="67"/>
        <source>Settled</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/conflicts_page.py" line="95"/>
        <source>waiting</source>
        <translation>wacht</translation>
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
    <name>CorrectDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="107"/>
        <source>Correct approved minutes</source>
        <translation>Vastgesteld verslag corrigeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="109"/>
        <source>Approved minutes are frozen. A correction becomes a new version; say what was wrong, so the history explains it.</source>
        <translation>Een vastgesteld verslag ligt vast. Een correctie wordt een nieuwe versie; geef aan wat er niet klopte, zodat de geschiedenis het verklaart.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="115"/>
        <source>Reason for the correction</source>
        <translation>Reden van de correctie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="117"/>
        <source>Partners may read the reason in their version</source>
        <translation>Partners mogen de reden in hun versie lezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="126"/>
        <source>&amp;Start correction</source>
        <translation>Correctie &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="130"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="110"/>
        <source>Correct what was captured</source>
        <translation>Vastgelegd punt corrigeren</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="81"/>
        <source>Correct the decision</source>
        <translation>Besluit corrigeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="82"/>
        <source>Correct the commitment</source>
        <translation>Toezegging corrigeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_captured.py" line="83"/>
        <source>Correct the action</source>
        <translation>Actie corrigeren</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="52"/>
        <source>Time left on this item</source>
        <extracomment>How much larger than the system font the countdown is drawn. From this many seconds left, the countdown warns. What a screen reader calls it (see ``workbench.ui.a11y``).</extracomment>
        <translation>Resterende tijd voor dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="90"/>
        <source>+{t} over</source>
        <extracomment>(item, seconds left) at the last repaint while running: to hear a crossing.</extracomment>
        <translation>+{t} te lang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="92"/>
        <source>Over time: the box was {m} min</source>
        <translation>Tijd overschreden: het tijdvak was {m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="100"/>
        <source>left of {m} min</source>
        <translation>resterend van {m} min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="102"/>
        <source>not started: press Ctrl+Enter</source>
        <translation>niet gestart: druk op Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="93"/>
        <source>{time} over time; the box was {box}</source>
        <translation>{time} over de tijd; het tijdvak was {box}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="105"/>
        <source>{time} left of {box}</source>
        <translation>nog {time} van {box}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="107"/>
        <source>{time} left of {box}, not started</source>
        <translation>nog {time} van {box}, niet gestart</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/countdown.py" line="124"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/countdown.py" line="128"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/countdown.py" line="132"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="149"/>
        <source>This item is over time.</source>
        <translation>Dit punt is over de tijd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/countdown.py" line="151"/>
        <source>One minute left on this item.</source>
        <translation>Nog één minuut voor dit punt.</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="29"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="30"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="31"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="32"/>
        <source>Tracker</source>
        <translation>Voortgangsoverzicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="36"/>
        <source>v{n}</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="37"/>
        <source>no one on the list</source>
        <translation>niemand op de lijst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="41"/>
        <source>to {people}</source>
        <translation>aan {people}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="48"/>
        <source>Minutes: draft, not sent yet.</source>
        <translation>Verslag: concept, nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="50"/>
        <source>Minutes: circulated {when} to {people}.</source>
        <translation>Verslag: op {when} rondgestuurd aan {people}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="56"/>
        <source>Minutes: to be approved at {meeting} ({day}).</source>
        <translation>Verslag: vast te stellen in {meeting} ({day}).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="60"/>
        <source>Circulated {when}.</source>
        <translation>Rondgestuurd op {when}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="65"/>
        <source>Minutes: correction to version {n} open: {reason}</source>
        <translation>Verslag: correctie naar versie {n} loopt: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="68"/>
        <source>Minutes approved {when}, version {n}; frozen.</source>
        <translation>Verslag vastgesteld op {when}, versie {n}; ligt vast.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="72"/>
        <source>Approved at {meeting}.</source>
        <translation>Vastgesteld in {meeting}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/texts.py" line="76"/>
        <source>Corrected {when}: {reason}</source>
        <translation>Gecorrigeerd op {when}: {reason}</translation>
    </message>
</context>
<context>
    <name>CycleFeature</name>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="50"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="54"/>
        <source>Send &amp;minutes…</source>
        <translation>&amp;Verslag versturen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="55"/>
        <source>Send ag&amp;enda…</source>
        <translation>Agenda ve&amp;rsturen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="56"/>
        <source>Export &amp;invitation…</source>
        <translation>&amp;Uitnodiging exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="57"/>
        <source>Chair&apos;s &amp;brief…</source>
        <translation>&amp;Briefing voor de voorzitter…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="58"/>
        <source>&amp;Plan the next meeting</source>
        <translation>Volgende vergadering &amp;plannen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="63"/>
        <source>Appro&amp;ve minutes…</source>
        <translation>Verslag vas&amp;tstellen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="64"/>
        <source>C&amp;orrect approved minutes…</source>
        <translation>Vastgesteld verslag &amp;corrigeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="65"/>
        <source>&amp;Finish correction</source>
        <translation>Correctie a&amp;fronden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="68"/>
        <source>Minutes versions and send &amp;log…</source>
        <translation>Versies en verzendlo&amp;g van het verslag…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="71"/>
        <source>&amp;Distribution list…</source>
        <translation>Ver&amp;zendlijst…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="75"/>
        <source>Send the re&amp;port…</source>
        <translation>Engagementrapport ver&amp;sturen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="76"/>
        <source>Send the trac&amp;ker…</source>
        <translation>Voortgangsoverzicht ve&amp;rsturen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="121"/>
        <source>Select a meeting on the Meetings page first.</source>
        <translation>Kies eerst een vergadering op de pagina Vergaderingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="134"/>
        <source>Select an engagement first.</source>
        <translation>Kies eerst een engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="149"/>
        <source>Approve the minutes of {title} ({date})</source>
        <translation>Vaststellen verslag {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="198"/>
        <source>Cancellation written to {path}.</source>
        <translation>Annulering opgeslagen in {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="200"/>
        <source>Invitation written to {path} (update {n}).</source>
        <translation>Uitnodiging opgeslagen in {path} (wijziging {n}).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="203"/>
        <source>Not in it, no e-mail address: {names}.</source>
        <translation>Niet opgenomen, geen e-mailadres: {names}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="241"/>
        <source>The next meeting is planned for {when}.</source>
        <translation>De volgende vergadering is gepland op {when}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="253"/>
        <source>The minutes of {title} ({date}) are approved.</source>
        <translation>Het verslag van {title} ({date}) is vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="261"/>
        <source>The minutes are approved and frozen.</source>
        <translation>Het verslag is vastgesteld en ligt vast.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="280"/>
        <source>Correcting: version {n} is open. Edit the minutes, then choose Meeting → Finish correction.</source>
        <translation>Correctie: versie {n} staat open. Pas het verslag aan en kies dan Vergadering → Correctie afronden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/feature.py" line="297"/>
        <source>Version {n} of the minutes is frozen.</source>
        <translation>Versie {n} van het verslag ligt vast.</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <location filename="../../workbench/ui/cycle/panel.py" line="53"/>
        <source>Minutes and send log</source>
        <extracomment>Buttons of the meeting panel: (object name of the action, text).</extracomment>
        <translation>Verslag en verzendlog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/panel.py" line="53"/>
        <location filename="../../workbench/ui/cycle/panel.py" line="60"/>
        <source>Send log</source>
        <translation>Verzendlog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/panel.py" line="93"/>
        <source>Select a record to see what was sent.</source>
        <translation>Kies een item om te zien wat er is verstuurd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/cycle/panel.py" line="102"/>
        <source>%n export(s) sent by e-mail draft.</source>
        <translation>
            <numerusform>%n export verstuurd als e-mailconcept.</numerusform>
            <numerusform>%n exports verstuurd als e-mailconcept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/panel.py" line="108"/>
        <source>SHA-256 of the file: {sum}</source>
        <translation>SHA-256 van het bestand: {sum}</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="65"/>
        <source>Distribution list: {title}</source>
        <translation>Verzendlijst: {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="68"/>
        <source>Who receives the partners version of minutes, agendas, reports and the tracker, and who the working group&apos;s. Someone on neither list receives nothing.</source>
        <translation>Wie de partnerversie van verslagen, agenda’s, rapporten en het voortgangsoverzicht ontvangt, en wie die van de werkgroep. Wie op geen van beide lijsten staat, ontvangt niets.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="73"/>
        <source>Type an address in its cell; F2 on Receives chooses the version; Space ticks Cc.</source>
        <translation>Typ een adres in de cel; F2 op Ontvangt kiest de versie; de spatiebalk vinkt Cc aan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="78"/>
        <source>Distribution list</source>
        <translation>Verzendlijst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="81"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="83"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="84"/>
        <source>Receives</source>
        <translation>Ontvangt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="85"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="134"/>
        <source>{name} receives</source>
        <translation>{name} ontvangt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="152"/>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="153"/>
        <source>Partners version</source>
        <translation>Partnerversie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="154"/>
        <source>Working-group version</source>
        <translation>Werkgroepversie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/distribution_dialog.py" line="144"/>
        <source>{name} in Cc</source>
        <translation>{name} in cc</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="65"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="71"/>
        <source>Documents of the selected record</source>
        <translation>Documenten bij het gekozen item</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_model.py" line="26"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_model.py" line="27"/>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="107"/>
        <source>Dated</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_model.py" line="28"/>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="108"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="85"/>
        <source>Attach files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="88"/>
        <source>Attach files (at most 25 MiB each); you can also drop files here</source>
        <translation>Bestanden toevoegen (elk hoogstens 25 MiB); u kunt bestanden ook hierheen slepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="91"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="93"/>
        <source>Open a copy in the system&apos;s viewer (Enter)</source>
        <translation>Een kopie openen in de standaardviewer van het systeem (Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="95"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="106"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="116"/>
        <source>Documents message</source>
        <translation>Melding bij documenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="187"/>
        <source>Attach files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="216"/>
        <source>Attached {n} document(s).</source>
        <translation>{n} document(en) toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="235"/>
        <source>The document could not be opened: {reason}</source>
        <translation>Het document kon niet worden geopend: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="243"/>
        <source>Remove document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="244"/>
        <source>Remove {title}? It stays in backups made before now.</source>
        <translation>{title} verwijderen? Het blijft bewaard in back-ups van vóór nu.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/documents_panel.py" line="256"/>
        <source>Removed {title}.</source>
        <translation>{title} verwijderd.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../workbench/services/capture/notes.py" line="73"/>
        <location filename="../../workbench/services/chair/corrections.py" line="72"/>
        <location filename="../../workbench/services/meetings/agenda.py" line="243"/>
        <location filename="../../workbench/services/records.py" line="42"/>
        <location filename="../../workbench/services/stewardship/escalation.py" line="180"/>
        <source>A {kind} has no editable field “{field}”.</source>
        <translation>Een {kind} heeft geen veld “{field}” dat u kunt wijzigen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/capture/notes.py" line="133"/>
        <source>Choose an engagement or a meeting to attach the note to.</source>
        <translation>Kies een engagement of een vergadering om de aantekening aan te koppelen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/capture/notes.py" line="164"/>
        <source>This note is empty; there is nothing to turn into a follow-up.</source>
        <translation>Deze aantekening is leeg; er valt niets van op te volgen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/capture/notes.py" line="215"/>
        <source>A commitment belongs to an engagement: choose one for this note first.</source>
        <translation>Een toezegging hoort bij een engagement: kies eerst een engagement voor deze aantekening.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/corrections.py" line="43"/>
        <source>No {kind} {id} was captured in this meeting.</source>
        <extracomment>The fields each kind has, as the capture form names them.</extracomment>
        <translation>In deze vergadering is geen {kind} {id} vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/corrections.py" line="82"/>
        <source>The text cannot be empty.</source>
        <translation>De tekst mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="130"/>
        <source>The minutes of this meeting are approved; it cannot be chaired again.</source>
        <translation>Het verslag van deze vergadering is vastgesteld; u kunt de vergadering niet opnieuw voorzitten.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="193"/>
        <source>The meeting has not been started.</source>
        <translation>De vergadering is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="210"/>
        <source>This meeting has no agenda item to take notes on.</source>
        <translation>Deze vergadering heeft geen agendapunt om aantekeningen bij te maken.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="225"/>
        <source>A decision needs its text.</source>
        <translation>Een besluit heeft een tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="244"/>
        <source>A commitment needs its text.</source>
        <translation>Een toezegging heeft een tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="249"/>
        <source>This meeting belongs to no engagement, so a commitment has nowhere to go. Choose the meeting&apos;s engagement first.</source>
        <translation>Deze vergadering hoort bij geen enkel engagement, dus een toezegging kan nergens heen. Kies eerst het engagement van de vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="272"/>
        <source>An action needs a title.</source>
        <translation>Een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/chair/session.py" line="299"/>
        <source>No {kind} {id} in this meeting.</source>
        <translation>Geen {kind} {id} in deze vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="177"/>
        <source>The minutes of “{title}” are approved already (version {version}).</source>
        <extracomment>A meeting that has not taken place yet can still take an item.</extracomment>
        <translation>Het verslag van “{title}” is al vastgesteld (versie {version}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="185"/>
        <source>A correction of the minutes of “{title}” is open: finish it instead.</source>
        <translation>Er staat een correctie van het verslag van “{title}” open: rond die eerst af.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="195"/>
        <source>Minutes are approved at a later meeting, not at the meeting itself.</source>
        <translation>Een verslag wordt in een latere vergadering vastgesteld, niet in de vergadering zelf.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="234"/>
        <source>A correction of approved minutes needs a reason: say what was wrong. Nothing was changed.</source>
        <translation>Een correctie van een vastgesteld verslag heeft een reden nodig: geef aan wat er niet klopte. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="244"/>
        <source>A correction (version {version}) is open already.</source>
        <translation>Er staat al een correctie (versie {version}) open.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="250"/>
        <source>The minutes of “{title}” are not approved yet: edit them directly.</source>
        <translation>Het verslag van “{title}” is nog niet vastgesteld: u kunt het gewoon bewerken.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/approval.py" line="275"/>
        <source>No correction of the minutes of “{title}” is open.</source>
        <translation>Er staat geen correctie van het verslag van “{title}” open.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/distribution.py" line="69"/>
        <source>“{value}” is not an e-mail address (name@example.org).</source>
        <extracomment>Loose on purpose: one @, something on both sides, a dot in the domain, no spaces.</extracomment>
        <translation>“{value}” is geen e-mailadres (naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/distribution.py" line="135"/>
        <source>Receives must be partners or group, not “{value}”.</source>
        <translation>Ontvangt moet partners of werkgroep zijn, niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/freeze.py" line="125"/>
        <source>The minutes of “{title}” were approved (version {version}) and are frozen. To change them, start a correction and give its reason (Meeting → Correct approved minutes…).</source>
        <extracomment>The fields, per table, that the minutes of a meeting record.</extracomment>
        <translation>Het verslag van “{title}” is vastgesteld (versie {version}) en kan niet meer worden gewijzigd. Begin een correctie en geef de reden op om het toch aan te passen (Vergadering → Vastgesteld verslag corrigeren…).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/invitation.py" line="107"/>
        <source>The meeting “{title}” is marked for the working group only, so it has no invitation for partners. Make it for the group, or mark the meeting for partners.</source>
        <translation>De vergadering “{title}” is alleen voor de werkgroep bestemd en heeft dus geen uitnodiging voor partners. Maak de uitnodiging voor de werkgroep, of stel de vergadering open voor partners.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/invitation.py" line="117"/>
        <source>The meeting “{title}” has no date and time yet.</source>
        <translation>De vergadering “{title}” heeft nog geen datum en tijd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/invitation.py" line="208"/>
        <source>The invitation needs an organiser with an e-mail address: choose a chair for the meeting who has one.</source>
        <translation>De uitnodiging heeft een organisator met een e-mailadres nodig: kies een voorzitter voor de vergadering die er een heeft.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/invitation.py" line="215"/>
        <source>The invitation needs an organiser with an e-mail address: give the chair ({name}) an address (Meeting → Distribution list…), or choose another chair.</source>
        <translation>De uitnodiging heeft een organisator met een e-mailadres nodig: vul het adres van de voorzitter ({name}) in (Vergadering → Verzendlijst…), of kies een andere voorzitter.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/cycle/series.py" line="103"/>
        <source>The meeting “{title}” has no date yet: give it one, then plan the next.</source>
        <translation>De vergadering “{title}” heeft nog geen datum: geef haar eerst een datum en plan dan de volgende.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="38"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="39"/>
        <source>agenda item</source>
        <translation>agendapunt</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="40"/>
        <source>agenda template</source>
        <translation>agendasjabloon</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="41"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="42"/>
        <source>commitment</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="43"/>
        <source>commitment evidence</source>
        <translation>bewijsstuk bij een toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="44"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="45"/>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="46"/>
        <source>distribution</source>
        <translation>verzendlijstregel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="47"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="48"/>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="49"/>
        <source>escalation</source>
        <translation>escalatie</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="50"/>
        <source>escalation step</source>
        <translation>escalatiestap</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="51"/>
        <source>interaction</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="52"/>
        <source>lesson</source>
        <translation>les</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="53"/>
        <source>meeting</source>
        <translation>vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="54"/>
        <source>minutes version</source>
        <translation>verslagversie</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="55"/>
        <source>note</source>
        <translation>aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="56"/>
        <source>objective</source>
        <translation>doelstelling</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="57"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="58"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="59"/>
        <source>target</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="60"/>
        <source>target role</source>
        <translation>rol bij een bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="65"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="66"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="67"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="68"/>
        <source>body</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="69"/>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="70"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="71"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="72"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="73"/>
        <source>audience</source>
        <translation>zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="74"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="75"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="76"/>
        <source>presence</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="77"/>
        <source>due</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="78"/>
        <source>due on</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="79"/>
        <source>starts at</source>
        <translation>begintijd</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="80"/>
        <source>occurred on</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="81"/>
        <source>taken on</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="82"/>
        <source>planned minutes</source>
        <translation>geplande minuten</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="83"/>
        <source>duration minutes</source>
        <translation>duur in minuten</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="84"/>
        <source>purpose</source>
        <translation>doel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="85"/>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="86"/>
        <source>direction</source>
        <translation>richting</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="87"/>
        <source>receives</source>
        <translation>ontvangt</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="88"/>
        <source>email</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../workbench/services/errors.py" line="106"/>
        <source>No {kind} with id {id}.</source>
        <translation>Er is geen {kind} met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/conflicts.py" line="75"/>
        <source>Keep mine or theirs, not “{value}”.</source>
        <extracomment>As ``packages.INSTALLATION_KEY`` (not imported: packages brings the sealing&apos;s cryptography and the keyring, which the window&apos;s start does not need).</extracomment>
        <translation>Kies mijn versie (mine) of de andere (theirs), niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/conflicts.py" line="109"/>
        <source>No conflict with an ID starting with “{id}”.</source>
        <translation>Geen conflict met een id dat begint met “{id}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/conflicts.py" line="115"/>
        <source>“{id}” matches more than one conflict: {listed}; give more of it.</source>
        <translation>“{id}” past bij meer dan één conflict: {listed}; geef meer tekens van het id.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/conflicts.py" line="129"/>
        <source>Unknown kind of record “{kind}”.</source>
        <translation>Onbekende soort gegeven: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/conflicts.py" line="195"/>
        <source>This conflict is already settled.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/followup/lessons.py" line="106"/>
        <source>A lesson needs some text.</source>
        <extracomment>Categories offered before any lesson has one (users may type others); from the report.</extracomment>
        <translation>Een les heeft tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/followup/progress.py" line="188"/>
        <source>A milestone stage is a number from 0 to 4, not “{value}”.</source>
        <translation>Een mijlpaalfase is een getal van 0 tot en met 4, niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/followup/tracker.py" line="148"/>
        <source>No person whose name contains “{name}”.</source>
        <extracomment>&quot;Due soon&quot; means due today or in the next this many days.</extracomment>
        <translation>Er is niemand wiens naam “{name}” bevat.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/followup/tracker.py" line="164"/>
        <source>Unknown status “{value}”; use one of: {known}.</source>
        <translation>Onbekende status “{value}”; gebruik een van: {known}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/followup/tracker.py" line="189"/>
        <source>Unknown action status “{value}”.</source>
        <translation>Onbekende actiestatus “{value}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/agenda.py" line="154"/>
        <source>Agenda item {id} is not on its meeting&apos;s agenda.</source>
        <extracomment>The carry-over item&apos;s title in English; it is made in the user&apos;s language (``texts``). Fields of an agenda item the editor may change.</extracomment>
        <translation>Agendapunt {id} staat niet op de agenda van zijn vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/agenda.py" line="213"/>
        <location filename="../../workbench/services/meetings/agenda.py" line="250"/>
        <source>An agenda item needs a title.</source>
        <translation>Een agendapunt heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/agenda.py" line="215"/>
        <location filename="../../workbench/services/meetings/agenda.py" line="252"/>
        <source>The time box cannot be negative.</source>
        <translation>De geplande tijd kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/agenda.py" line="306"/>
        <source>Agenda item {id} is not on this meeting&apos;s agenda.</source>
        <translation>Agendapunt {id} staat niet op de agenda van deze vergadering.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/agenda.py" line="333"/>
        <source>A meeting needs a title.</source>
        <translation>Een vergadering heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/agenda.py" line="336"/>
        <source>A meeting needs a duration of at least one minute.</source>
        <translation>Een vergadering duurt minstens één minuut.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/attendance.py" line="117"/>
        <source>“{value}” is not a role or presence of an attendee.</source>
        <translation>“{value}” is geen rol of aanwezigheid van een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/templates.py" line="291"/>
        <source>A template needs a name.</source>
        <translation>Een sjabloon heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings/templates.py" line="296"/>
        <source>This meeting has no agenda items to save as a template.</source>
        <translation>Deze vergadering heeft geen agendapunten om als sjabloon te bewaren.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/records.py" line="49"/>
        <location filename="../../workbench/services/records.py" line="77"/>
        <source>The {field} cannot be empty.</source>
        <translation>Het veld ‘{field}’ mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/records.py" line="71"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>“{value}” is geen geldige waarde voor ‘{field}’.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/records.py" line="130"/>
        <source>“{text}” is not a due date. Type it as 2024-06-30, or +10 for ten days, +2w for two weeks.</source>
        <translation>“{text}” is geen deadline. Typ bijvoorbeeld 30-06-2024 of 2024-06-30, of +10 voor tien dagen, +2w voor twee weken.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/reporting/evidence.py" line="278"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>De periode eindigt ({end}) voordat ze begint ({start}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/reporting/minutes.py" line="197"/>
        <source>The meeting “{title}” is marked for the working group only, so it has no version for partners. Export it for the group, or mark the meeting for partners.</source>
        <extracomment>The approved version of the minutes (None until approved), for this audience.</extracomment>
        <translation>De vergadering “{title}” is alleen voor de werkgroep bestemd en heeft dus geen versie voor partners. Exporteer haar voor de werkgroep, of stel de vergadering open voor partners.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="136"/>
        <source>{name} is a folder, not a file; nothing was attached.</source>
        <extracomment>What a document may be attached to: the kind&apos;s name and its column in ``document``.</extracomment>
        <translation>{name} is een map, geen bestand; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="154"/>
        <source>{name} was not found; nothing was attached.</source>
        <translation>{name} is niet gevonden; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="160"/>
        <source>{name} could not be read ({reason}); nothing was attached.</source>
        <translation>{name} kon niet worden gelezen ({reason}); er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="168"/>
        <source>{name} is empty; nothing was attached.</source>
        <translation>{name} is leeg; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="175"/>
        <source>{name} is {size}, more than the {limit} a document may be; nothing was attached. Attach the pages that matter, or a smaller copy.</source>
        <translation>{name} is {size}, groter dan de {limit} die een document mag zijn; er is niets toegevoegd. Voeg alleen de pagina’s toe die ertoe doen, of een kleinere versie.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="202"/>
        <source>A document cannot be attached to a {kind}.</source>
        <translation>Aan een {kind} kunt u geen document toevoegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="335"/>
        <source>The content of {name} is missing from the database. Restore the latest backup (File → Backups) or import a package from a laptop that has it.</source>
        <translation>De inhoud van {name} ontbreekt in de database. Zet de laatste back-up terug (Bestand → Back-ups) of importeer een pakket van een laptop die het document wel heeft.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/documents.py" line="344"/>
        <source>The content of {name} is damaged (its checksum does not match). Restore the latest backup (File → Backups) or import a package from a laptop that has it.</source>
        <translation>De inhoud van {name} is beschadigd (de controlesom klopt niet). Zet de laatste back-up terug (Bestand → Back-ups) of importeer een pakket van een laptop die het document wel heeft.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/escalation.py" line="193"/>
        <source>A step taken needs its date.</source>
        <translation>Bij een gezette stap hoort een datum.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/escalation.py" line="206"/>
        <source>That step is not on the escalation ladder.</source>
        <translation>Die stap staat niet op de escalatieladder.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/escalation.py" line="214"/>
        <source>The step “{name}” was retired from the ladder.</source>
        <translation>De stap “{name}” is van de ladder gehaald.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/evidence.py" line="46"/>
        <source>That document belongs to another engagement.</source>
        <translation>Dat document hoort bij een ander engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/evidence.py" line="51"/>
        <source>Keep the page short (at most {count} characters): p. 2, annex B.</source>
        <translation>Houd de paginaverwijzing kort (hoogstens {count} tekens): p. 2, bijlage B.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/interactions.py" line="176"/>
        <source>That company is engaged in another engagement.</source>
        <translation>Met dat bedrijf loopt een ander engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/interactions.py" line="206"/>
        <source>That objective belongs to another engagement.</source>
        <translation>Die doelstelling hoort bij een ander engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/interactions.py" line="252"/>
        <source>This note is empty; there is nothing to record as an interaction.</source>
        <translation>Deze aantekening is leeg; er valt niets als contactmoment vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/interactions.py" line="262"/>
        <source>An interaction belongs to an engagement: choose one for this note first.</source>
        <translation>Een contactmoment hoort bij een engagement: kies eerst een engagement voor deze aantekening.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/ladder.py" line="168"/>
        <location filename="../../workbench/services/stewardship/ladder.py" line="190"/>
        <source>A step needs a name.</source>
        <extracomment>The shipped ladder, lowest step first: (key, name, what it means).</extracomment>
        <translation>Een stap heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/ladder.py" line="208"/>
        <source>Only a step in use can be moved; bring it back first.</source>
        <translation>Alleen een stap die in gebruik is kan worden verplaatst; zet hem eerst terug.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/stewardship/roles.py" line="126"/>
        <source>“{value}” is not an audience.</source>
        <translation>“{value}” is geen geldige zichtbaarheid: kies partners of werkgroep.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync/relocate.py" line="31"/>
        <source>{folder} is inside a synced folder too ({engine}); choose a folder on this laptop only.</source>
        <translation>{folder} ligt ook in een gesynchroniseerde map ({engine}); kies een map die alleen op deze laptop staat.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync/relocate.py" line="41"/>
        <source>There is a database at {path} already; choose another folder.</source>
        <translation>Op {path} staat al een database; kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync/relocate.py" line="50"/>
        <source>The database could not be copied to {path}: {reason}</source>
        <translation>De database kon niet naar {path} worden gekopieerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="50"/>
        <location filename="../../workbench/ui/shell/pages.py" line="65"/>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="137"/>
        <source>Create an engagement first.</source>
        <translation>Maak eerst een engagement aan.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="74"/>
        <source>A document&apos;s content ({sha}…) is missing or damaged in this database, so it cannot be sent; restore the latest backup first.</source>
        <extracomment>At most this many documents&apos; contents in one package, and this much in all: far beyond a working group&apos;s files (a few hundred documents of a few MiB), and bounded.</extracomment>
        <translation>De inhoud van een document ({sha}…) ontbreekt of is beschadigd in deze database en kan dus niet worden verstuurd; zet eerst de laatste back-up terug.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="89"/>
        <source>it holds {count} documents, more than the {limit} allowed</source>
        <translation>het bevat {count} documenten, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="99"/>
        <source>a document in it is {size}, more than the {limit} a document may be</source>
        <translation>een document erin is {size}, groter dan de {limit} die een document mag zijn</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="109"/>
        <source>its documents come to {size}, more than the {limit} allowed</source>
        <translation>de documenten erin zijn samen {size}, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="139"/>
        <source>The package is incomplete: the content of {count} document(s) is neither in it nor in this database. Nothing was changed.</source>
        <translation>Het pakket is onvolledig: de inhoud van {count} document(en) zit er niet in en staat ook niet in deze database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="148"/>
        <source>The package&apos;s documents can no longer be read. Nothing was changed.</source>
        <translation>De documenten in het pakket zijn niet meer te lezen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/blobs.py" line="157"/>
        <source>The package is damaged: a document&apos;s content does not match its checksum ({sha}…). Nothing was changed.</source>
        <translation>Het pakket is beschadigd: de inhoud van een document klopt niet met de controlesom ({sha}…). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/evidence_pack.py" line="103"/>
        <location filename="../../workbench/exports/evidence_pack.py" line="116"/>
        <location filename="../../workbench/exports/meeting_files.py" line="38"/>
        <location filename="../../workbench/exports/meeting_files.py" line="81"/>
        <location filename="../../workbench/exports/meeting_files.py" line="120"/>
        <location filename="../../workbench/exports/runner.py" line="267"/>
        <location filename="../../workbench/exports/runner.py" line="287"/>
        <location filename="../../workbench/exports/runner.py" line="322"/>
        <location filename="../../workbench/exports/sending.py" line="143"/>
        <location filename="../../workbench/exports/sending.py" line="176"/>
        <location filename="../../workbench/exports/sending.py" line="206"/>
        <location filename="../../workbench/services/exchange/envelope.py" line="119"/>
        <location filename="../../workbench/services/exchange/merge.py" line="206"/>
        <location filename="../../workbench/services/group/__init__.py" line="102"/>
        <source>{reason}</source>
        <extracomment>The biggest sealed file read: the biggest package plus its framing.
----------
The ids written per table (so a window re-reads those rows only).</extracomment>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/evidence_pack.py" line="120"/>
        <source>cannot write {pdf_path}: {reason}</source>
        <translation>kan {pdf_path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/envelope.py" line="138"/>
        <source>{name} is not sealed: it was written before this group shared a key, or outside the group. Import it only if you know where it comes from.</source>
        <translation>{name} is niet verzegeld: het is geschreven voordat deze groep een sleutel deelde, of buiten de groep. Importeer het alleen als u weet waar het vandaan komt.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/envelope.py" line="148"/>
        <source>{name} is sealed for a group this laptop is not in; join the group with its join code (workbench group join CODE) to read it.</source>
        <translation>{name} is verzegeld voor een groep waar deze laptop niet in zit; neem deel met de deelnamecode van die groep (workbench group join CODE) om het te kunnen lezen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/envelope.py" line="162"/>
        <location filename="../../workbench/services/exchange/format.py" line="404"/>
        <source>{name} was refused: {reason}; nothing was imported.</source>
        <translation>{name} is geweigerd: {reason}; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/envelope.py" line="170"/>
        <location filename="../../workbench/services/exchange/format.py" line="424"/>
        <location filename="../../workbench/services/group/backups.py" line="101"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/envelope.py" line="180"/>
        <source>{name} was refused: its contents do not match its seal; nothing was imported.</source>
        <translation>{name} is geweigerd: de inhoud klopt niet met het zegel; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="395"/>
        <source>There is no package at {path}.</source>
        <extracomment>The canonical value of a column a package leaves out because it was made before the column existed (an audience added later: ``group``, the safe one). A merge from such a package may narrow an audience the other laptop widened, never widen. Codec per synchronised table, in insertion order (parents first). The documents&apos; contents it holds (sha256 -&gt; member), checked but not read; the merge reads them from ``path`` (``blobs.merge_blobs``). What a package may hold: the manifest and one file per kind of record, of sizes far beyond the five busy years ``make bench`` generates (about 200 MB unpacked, 6 times compressed), and the documents&apos; contents within their own limits (``blobs``: how many, each no bigger than a document may be, and all together), and no more: a package unpacked past these is not one we wrote. The list of members grows by about 120 bytes per document, hence a bigger directory than the default megabyte.</extracomment>
        <translation>Op {path} staat geen pakket.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="410"/>
        <source>{name} is not an exchange package, or it was cut short ({reason}).</source>
        <translation>{name} is geen uitwisselpakket, of het is afgebroken ({reason}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="418"/>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} is beschadigd: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="436"/>
        <source>{name} is not an exchange package (no manifest).</source>
        <translation>{name} is geen uitwisselpakket (er zit geen manifest in).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="443"/>
        <source>its manifest is {size}</source>
        <translation>het manifest is {size}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="455"/>
        <source>{name} holds {member}, which its manifest does not list.</source>
        <translation>{name} bevat {member}, dat niet in het manifest staat.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="464"/>
        <source>{name} is incomplete: {member} is missing.</source>
        <translation>{name} is onvolledig: {member} ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="471"/>
        <source>{name} is damaged: {member} is misnamed.</source>
        <translation>{name} is beschadigd: {member} heeft een verkeerde naam.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="480"/>
        <source>{name} holds records of a kind this version does not know ({table}); it was made by a newer version of the workbench.</source>
        <translation>{name} bevat gegevens van een soort die deze versie niet kent ({table}); het is gemaakt met een nieuwere versie van de workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="496"/>
        <source>{name} is damaged: the checksum of {member} does not match.</source>
        <translation>{name} is beschadigd: de controlesom van {member} klopt niet.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="508"/>
        <source>{name} is damaged: {member} has the wrong count.</source>
        <translation>{name} is beschadigd: het aantal in {member} klopt niet.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="521"/>
        <source>{name} is not an exchange package of the workbench.</source>
        <translation>{name} is geen uitwisselpakket van de workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="526"/>
        <source>{name} was made by a newer version of the workbench (package format {version}); update to import it.</source>
        <translation>{name} is gemaakt met een nieuwere versie van de workbench (pakketformaat {version}); werk de workbench bij om het te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/format.py" line="537"/>
        <source>{name} is damaged: its manifest has no {key}.</source>
        <translation>{name} is beschadigd: in het manifest ontbreekt {key}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/merge.py" line="219"/>
        <source>Record {number} of {name} is not a record.</source>
        <translation>Gegeven {number} van {name} is geen gegeven.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/merge.py" line="227"/>
        <source>Record {id} of {name} is not valid: {reason}</source>
        <translation>Gegeven {id} van {name} is ongeldig: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/merge.py" line="237"/>
        <source>Record {id} of {name} has a bad lineage.</source>
        <translation>Gegeven {id} van {name} heeft een ongeldige versiegeschiedenis.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/merge.py" line="373"/>
        <source>The package cannot be merged: {name} {id} refers to a {parent} that is neither in this database nor in the package (records like it: {count}). Nothing was changed.</source>
        <translation>Het pakket kan niet worden samengevoegd: {name} {id} verwijst naar een {parent} dat niet in deze database en niet in het pakket staat (gegevens zoals dit: {count}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/merge.py" line="426"/>
        <source>The package cannot be merged: {reason}. Nothing was changed.</source>
        <translation>Het pakket kan niet worden samengevoegd: {reason}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/packages.py" line="247"/>
        <source>{path} is the workbench database itself, not a package.</source>
        <translation>{path} is de database van de workbench zelf, geen pakket.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/packages.py" line="259"/>
        <source>This package was made by this same installation; importing it would change nothing. Import packages made on other laptops.</source>
        <translation>Dit pakket is op deze laptop zelf gemaakt; importeren zou niets veranderen. Importeer pakketten van andere laptops.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/packages.py" line="267"/>
        <source>This package was made by a newer version of the workbench (schema {schema}). Update the workbench on this laptop to import it.</source>
        <translation>Dit pakket is gemaakt met een nieuwere versie van de workbench (schema {schema}). Werk de workbench op deze laptop bij om het te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="96"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="100"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="160"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="165"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="167"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="169"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="178"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="180"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="185"/>
        <source>its header is damaged</source>
        <extracomment>Given a sealed file&apos;s header, the public key its signature must verify with, or a ``SealError`` saying why its signer is not accepted.</extracomment>
        <translation>de kop is beschadigd</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="157"/>
        <source>it is not a sealed package</source>
        <translation>het is geen verzegeld pakket</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="172"/>
        <source>it was sealed by a newer version of the workbench</source>
        <translation>het is verzegeld door een nieuwere versie van de workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="205"/>
        <source>it is far bigger than any package the workbench writes</source>
        <translation>het is veel groter dan enig pakket dat de workbench schrijft</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="215"/>
        <source>it was sealed with another group key (another group&apos;s, or one this laptop has not been given)</source>
        <translation>het is verzegeld met een andere groepssleutel (van een andere groep, of een die deze laptop niet heeft gekregen)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="224"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="230"/>
        <location filename="../../workbench/services/exchange/sealing.py" line="256"/>
        <source>it was cut short</source>
        <translation>het is afgebroken</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="237"/>
        <source>its signature does not match: it was changed after its laptop wrote it</source>
        <translation>de handtekening klopt niet: het is gewijzigd nadat de laptop het schreef</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="259"/>
        <source>it is damaged</source>
        <translation>het is beschadigd</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/sealing.py" line="266"/>
        <source>it does not decrypt with the group key</source>
        <translation>het is niet te ontsleutelen met de groepssleutel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="99"/>
        <source>its list of files is {size}, far too big</source>
        <translation>de lijst van bestanden is {size}, veel te groot</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="91"/>
        <source>it holds {entries} files, more than the {limit} allowed</source>
        <translation>het bevat {entries} bestanden, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="115"/>
        <source>it holds {count} files, more than the {limit} allowed</source>
        <translation>het bevat {count} bestanden, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="126"/>
        <source>it holds {name} twice</source>
        <translation>het bevat {name} twee keer</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="130"/>
        <source>it holds a file that does not belong in it: {name}</source>
        <translation>het bevat een bestand dat er niet in hoort: {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="136"/>
        <source>{name} is encrypted</source>
        <translation>{name} is versleuteld</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="139"/>
        <source>{name} is compressed in a way the workbench does not write</source>
        <translation>{name} is gecomprimeerd op een manier die de workbench niet gebruikt</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="146"/>
        <source>{name} would unpack to {size}, more than the {limit} one file may hold</source>
        <translation>{name} zou uitpakken tot {size}, meer dan de {limit} die één bestand mag bevatten</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="157"/>
        <source>{name} would unpack to {size} from {packed} ({ratio} times), which no real file does</source>
        <translation>{name} zou uitpakken van {packed} tot {size} ({ratio} keer zo groot), wat geen echt bestand doet</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="170"/>
        <source>it would unpack to {size}, more than the {limit} allowed</source>
        <translation>het zou uitpakken tot {size}, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="178"/>
        <source>it would unpack to {size} from {packed}, which no real file does</source>
        <translation>het zou uitpakken van {packed} tot {size}, wat geen echt bestand doet</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="199"/>
        <source>{name} holds more than its directory says</source>
        <translation>{name} bevat meer dan de inhoudsopgave zegt</translation>
    </message>
    <message>
        <location filename="../../workbench/services/exchange/zip_limits.py" line="205"/>
        <source>{name} holds less than its directory says</source>
        <translation>{name} bevat minder dan de inhoudsopgave zegt</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/keys.py" line="65"/>
        <source>This is not a join code of the workbench (it starts with WB1).</source>
        <translation>Dit is geen deelnamecode van de workbench (die begint met WB1).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/keys.py" line="73"/>
        <source>This join code has a letter that does not belong in one.</source>
        <translation>In deze deelnamecode staat een teken dat er niet in hoort.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/keys.py" line="81"/>
        <location filename="../../workbench/services/group/keys.py" line="90"/>
        <source>This join code is mistyped or incomplete: check it letter by letter.</source>
        <translation>Deze deelnamecode is verkeerd getypt of onvolledig: controleer hem letter voor letter.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="125"/>
        <source>This laptop already shares in a group; its join code is in Settings.</source>
        <translation>Deze laptop zit al in een groep; de deelnamecode staat bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="143"/>
        <source>This laptop already shares in another group.</source>
        <translation>Deze laptop zit al in een andere groep.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="147"/>
        <source>This join code holds a group key that was replaced when a laptop was removed: ask a member for the current code.</source>
        <translation>Deze deelnamecode bevat een groepssleutel die is vervangen toen een laptop werd verwijderd: vraag een lid om de huidige code.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="196"/>
        <location filename="../../workbench/services/group/__init__.py" line="259"/>
        <source>This laptop has no group key: create a group or join one.</source>
        <translation>Deze laptop heeft geen groepssleutel: begin een groep of neem deel aan een groep.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="215"/>
        <source>This laptop shares in a group but has lost the group key: join again with the join code (workbench group join CODE).</source>
        <translation>Deze laptop zit in een groep maar is de groepssleutel kwijt: neem opnieuw deel met de deelnamecode (workbench group join CODE).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="254"/>
        <source>This laptop cannot remove itself from the group.</source>
        <translation>Deze laptop kan zichzelf niet uit de groep verwijderen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/opening.py" line="47"/>
        <source>it was sealed with a group key this laptop does not have: if a member gave you a new join code, enter it (Group window, Join…); a member who has not entered the new code yet still seals with the old key</source>
        <translation>het is verzegeld met een groepssleutel die deze laptop niet heeft: hebt u van een lid een nieuwe deelnamecode gekregen, voer die dan in (venster Groep, Deelnemen…); een lid dat de nieuwe code nog niet heeft ingevoerd, verzegelt nog met de oude sleutel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/opening.py" line="69"/>
        <source>its signer is not a member of the group (a forged member record)</source>
        <translation>wie het ondertekende is geen lid van de groep (een vervalst ledengegeven)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/opening.py" line="77"/>
        <location filename="../../workbench/services/group/opening.py" line="100"/>
        <source>laptop {laptop} was removed from the group</source>
        <translation>laptop {laptop} is uit de groep verwijderd</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/opening.py" line="82"/>
        <source>it is signed with another key than laptop {laptop}&apos;s (a forged member record)</source>
        <translation>het is ondertekend met een andere sleutel dan die van laptop {laptop} (een vervalst ledengegeven)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/opening.py" line="91"/>
        <source>its signer is new to this laptop and sealed it with a group key that was replaced (a removed laptop&apos;s, perhaps)</source>
        <translation>de ondertekenaar is nieuw voor deze laptop en verzegelde het met een groepssleutel die is vervangen (misschien die van een verwijderde laptop)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/opening.py" line="107"/>
        <source>its signer&apos;s key is damaged</source>
        <translation>de sleutel van wie het ondertekende is beschadigd</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/__init__.py" line="248"/>
        <source>No single member laptop starts with “{laptop}”.</source>
        <translation>Er is niet precies één laptop in de groep die begint met “{laptop}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync/receive.py" line="173"/>
        <source>written by {laptop}</source>
        <translation>geschreven door {laptop}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/sync/receive.py" line="180"/>
        <source>{name} says it is number {sequence} (an old package replayed)</source>
        <translation>{name} zegt dat het nummer {sequence} is (een oud pakket opnieuw aangeboden)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/backups.py" line="84"/>
        <source>its signer is not a member of the group</source>
        <extracomment>The biggest sealed backup read: far beyond any working group&apos;s database.</extracomment>
        <translation>de ondertekenaar is geen lid van de groep</translation>
    </message>
    <message>
        <location filename="../../workbench/services/group/backups.py" line="95"/>
        <source>{name} cannot be restored: {reason}.</source>
        <translation>{name} kan niet worden teruggezet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/meeting_files.py" line="44"/>
        <location filename="../../workbench/exports/runner.py" line="299"/>
        <source>cannot write {path}: it is the workbench database itself</source>
        <translation>kan {path} niet schrijven: dat is de database van de workbench zelf</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="86"/>
        <source>the {kind} is made as {formats}, not {fmt}</source>
        <extracomment>The formats each export is made in; the first is the default.</extracomment>
        <translation>{kind} wordt gemaakt als {formats}, niet als {fmt}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="158"/>
        <source>cannot write {path}: it is a folder</source>
        <translation>kan {path} niet schrijven: het is een map</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="163"/>
        <source>cannot write {path}: the folder {parent} does not exist</source>
        <translation>kan {path} niet schrijven: de map {parent} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="171"/>
        <source>cannot write {path}: no permission to write in {parent}</source>
        <translation>kan {path} niet schrijven: geen toestemming om in {parent} te schrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="179"/>
        <source>cannot write {path}: the file is read-only</source>
        <translation>kan {path} niet schrijven: het bestand is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="209"/>
        <location filename="../../workbench/exports/runner.py" line="221"/>
        <source>cannot write {path}: {reason}</source>
        <translation>kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="243"/>
        <source>the evidence pack is of a period: give its first and last day</source>
        <translation>het monitoringsdossier beslaat een periode: geef de eerste en de laatste dag</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/runner.py" line="249"/>
        <source>cannot write {path}: its zip would be the database itself</source>
        <translation>kan {path} niet schrijven: het zipbestand zou de database zelf zijn</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/sending.py" line="78"/>
        <source>no meeting with id {record_id}</source>
        <translation>er is geen vergadering met id {record_id}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/sending.py" line="95"/>
        <source>no engagement with id {record_id}</source>
        <translation>er is geen engagement met id {record_id}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="299"/>
        <source>{path} is refused: {reason}</source>
        <extracomment>Sheets whose editable columns are imported, with the record class and field per column.</extracomment>
        <translation>{path} is geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="303"/>
        <source>{path}: no such file</source>
        <translation>{path}: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="307"/>
        <source>{path} is not an Excel workbook (.xlsx) the workbench can read: {reason}</source>
        <translation>{path} is geen Excel-werkmap (.xlsx) die de workbench kan lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="317"/>
        <source>{path} is not a workbench tracker: it names no engagement (About sheet)</source>
        <translation>{path} is geen tracker van de workbench: er staat geen engagement in (het blad Over)</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="325"/>
        <source>{path} was written by another version of the workbench (tracker format {props})</source>
        <translation>{path} is geschreven door een andere versie van de workbench (trackerformaat {props})</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="341"/>
        <source>{path}: {reason} Was the tracker exported from another database?</source>
        <translation>{path}: {reason} Is de tracker uit een andere database geëxporteerd?</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="360"/>
        <source>{path} has none of the tracker&apos;s tables (Actions, Commitments...)</source>
        <translation>{path} bevat geen van de tabellen van de tracker (Acties, Toezeggingen...)</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="372"/>
        <source>{path} is the workbench database itself, not a workbook</source>
        <translation>{path} is de database van de workbench zelf, geen werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="398"/>
        <source>A problem in {name}; nothing was imported</source>
        <translation>Een probleem in {name}; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="404"/>
        <source>{count} problems in {name}; nothing was imported</source>
        <translation>{count} problemen in {name}; er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="413"/>
        <source>the workbench or the file changed since the preview; nothing was imported. Preview again.</source>
        <translation>de workbench of het bestand is gewijzigd sinds het voorbeeld; er is niets geïmporteerd. Bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/exports/xlsx/importer.py" line="428"/>
        <source>{reason} Nothing was imported.</source>
        <translation>{reason} Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="109"/>
        <source>There is no database at {source} to back up.</source>
        <extracomment>How many automatic backups are kept per database. Seals the checked copy at the first path into the second; False: not in a group (the backup stays plain). The plain database in a sealed backup (first path), written into the folder given.</extracomment>
        <translation>Er is geen database op {source} om een back-up van te maken.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="114"/>
        <source>{target} is the database itself; choose another file for the backup.</source>
        <translation>{target} is de database zelf; kies een ander bestand voor de back-up.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="137"/>
        <source>{source} could not be backed up: {reason}</source>
        <translation>Van {source} kon geen back-up worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="145"/>
        <source>The backup of {source} is not sound: {problems}</source>
        <translation>De back-up van {source} is niet in orde: {problems}</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="237"/>
        <source>There is no backup at {backup}.</source>
        <translation>Er is geen back-up op {backup}.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="242"/>
        <source>This backup is sealed for the group; restore it in the workbench.</source>
        <translation>Deze back-up is verzegeld voor de groep; zet hem terug in de workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="252"/>
        <source>That is the database itself, not a backup of it.</source>
        <translation>Dat is de database zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="258"/>
        <source>{backup} cannot be restored: {reason}</source>
        <translation>{backup} kan niet worden teruggezet: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/store/backup.py" line="265"/>
        <source>{backup} cannot be restored, it is damaged: {problems}</source>
        <translation>{backup} kan niet worden teruggezet, hij is beschadigd: {problems}</translation>
    </message>
    <message>
        <location filename="../../workbench/store/database.py" line="211"/>
        <source>{path} could not be upgraded: {reason}</source>
        <extracomment>``PRAGMA synchronous`` of every connection (see the module docstring for why FULL). Each connection&apos;s page cache, in KiB (``PRAGMA cache_size``: the module docstring). The person using the app (&quot;I am ...&quot;), written as ``by`` in the history. This installation&apos;s id (set by the exchange), written as ``laptop`` in the history.</extracomment>
        <translation>{path} kon niet worden bijgewerkt: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/store/integrity.py" line="38"/>
        <source>{path} is damaged ({problem}). The file was left as it is. There is no backup of it in the backups folder.</source>
        <extracomment>Files up to this size get the full ``PRAGMA quick_check`` on open (about 0.1 s).</extracomment>
        <translation>{path} is beschadigd ({problem}). Het bestand is gelaten zoals het is. Er staat geen back-up van in de map met back-ups.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/integrity.py" line="48"/>
        <source>{path} is damaged ({problem}). The file was left as it is. The latest backup is {backup} (taken {when}); restore it with File → Backups or `workbench restore {backup}`.</source>
        <translation>{path} is beschadigd ({problem}). Het bestand is gelaten zoals het is. De laatste back-up is {backup} (gemaakt {when}); zet die terug met Bestand → Back-ups of `workbench restore {backup}`.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/sqlite_file.py" line="120"/>
        <location filename="../../workbench/store/sqlite_file.py" line="207"/>
        <source>{path} could not be read: {reason}. It was left as it is.</source>
        <extracomment>The files SQLite keeps beside a database.</extracomment>
        <translation>{path} kon niet worden gelezen: {reason}. Het is gelaten zoals het is.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/sqlite_file.py" line="143"/>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/sqlite_file.py" line="149"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/sqlite_file.py" line="199"/>
        <source>{path} is not a workbench database (it is not an SQLite file). It was left as it is.</source>
        <translation>{path} is geen database van de workbench (het is geen SQLite-bestand). Het is gelaten zoals het is.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/sqlite_file.py" line="216"/>
        <source>{path} is an SQLite file but not a workbench database. It was left as it is.</source>
        <translation>{path} is een SQLite-bestand, maar geen database van de workbench. Het is gelaten zoals het is.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/sqlite_file.py" line="225"/>
        <source>{path} was written by a newer version of the Engagement Workbench (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
        <translation>{path} is geschreven door een nieuwere versie van de Engagement Workbench (schema {revision}). Installeer de nieuwere versie om het te openen; het bestand is niet aangeraakt.</translation>
    </message>
</context>
<context>
    <name>DropFeature</name>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="149"/>
        <source>Scan the phone folder no&amp;w</source>
        <translation>Te&amp;lefoonmap nu ophalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="153"/>
        <source>Take in the notes, e-mails, photos and PDFs your phone saved into the drop folder (chosen in Tools → Settings)</source>
        <translation>Haal de aantekeningen, e-mails, foto&apos;s en pdf&apos;s op die je telefoon in de afgiftemap heeft gezet (in te stellen via Extra → Instellingen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="161"/>
        <source>Scan the &amp;phone folder now</source>
        <translation>Telefoonmap nu op&amp;halen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="207"/>
        <source>Looking in the phone folder…</source>
        <translation>Telefoonmap wordt doorzocht…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="214"/>
        <source>No phone folder yet: choose an exchange folder or a drop folder in Tools → Settings.</source>
        <translation>Nog geen telefoonmap: kies een uitwisselmap of een afgiftemap via Extra → Instellingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="222"/>
        <source>Phone folder: {folder}</source>
        <translation>Telefoonmap: {folder}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="226"/>
        <source>The phone folder {folder} cannot be reached.</source>
        <translation>De telefoonmap {folder} is niet bereikbaar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="229"/>
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n nieuwe aantekening</numerusform>
            <numerusform>%n nieuwe aantekeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="231"/>
        <source>%n file(s) still arriving</source>
        <translation>
            <numerusform>%n bestand komt nog binnen</numerusform>
            <numerusform>%n bestanden komen nog binnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="235"/>
        <source>%n file(s) in Problems (the reason is beside each)</source>
        <translation>
            <numerusform>%n bestand in Problems (de reden staat ernaast)</numerusform>
            <numerusform>%n bestanden in Problems (de reden staat ernaast)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="240"/>
        <source>%n other file(s) left alone</source>
        <translation>
            <numerusform>%n ander bestand blijft staan</numerusform>
            <numerusform>%n andere bestanden blijven staan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/drop_feature.py" line="243"/>
        <source>Phone folder {folder}, looked at {time}: {what}.</source>
        <translation>Telefoonmap {folder}, bekeken om {time}: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="251"/>
        <source>%n new note(s) from the phone in Notes to file</source>
        <translation>
            <numerusform>%n nieuwe aantekening van de telefoon in Aantekeningen verwerken</numerusform>
            <numerusform>%n nieuwe aantekeningen van de telefoon in Aantekeningen verwerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementsModel</name>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="20"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="21"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/engagements_model.py" line="23"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="67"/>
        <source>Escalation: {company}</source>
        <translation>Escalatie: {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="72"/>
        <source>Escalation steps taken</source>
        <translation>Genomen escalatiestappen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="74"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="74"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="92"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="74"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="100"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="112"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="74"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="105"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="114"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="102"/>
        <source>Why dialogue stalled: what was asked, what came</source>
        <translation>Waarom de dialoog vastliep: wat is gevraagd, wat kwam er</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="107"/>
        <source>What came of it (may be added later)</source>
        <translation>Wat het opleverde (kan later worden aangevuld)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="118"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="125"/>
        <source>&amp;New step</source>
        <translation>&amp;Nieuwe stap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="128"/>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="198"/>
        <source>&amp;Save step</source>
        <translation>Stap op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="131"/>
        <source>&amp;Delete step</source>
        <translation>Stap ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="139"/>
        <source>S&amp;tep:</source>
        <translation>S&amp;tap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="140"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="141"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="142"/>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ultaat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="143"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="236"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="238"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/escalation_dialog.py" line="246"/>
        <source>Step deleted.</source>
        <translation>Stap verwijderd.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="41"/>
        <source>Evidence cited</source>
        <translation>Aangehaald bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="44"/>
        <source>Documents cited as evidence</source>
        <translation>Documenten aangehaald als bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="47"/>
        <source>Document to cite</source>
        <translation>Aan te halen document</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="57"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="58"/>
        <source>page, e.g. 2</source>
        <translation>pagina, bijv. 2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="61"/>
        <source>Cite</source>
        <translation>Aanhalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="64"/>
        <source>Remove citation</source>
        <translation>Verwijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="67"/>
        <source>Evidence message</source>
        <translation>Melding bij bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/evidence_list.py" line="112"/>
        <source>Not cited: {reason}</source>
        <translation>Niet aangehaald: {reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="243"/>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="243"/>
        <source>Not exported: {e}</source>
        <translation>Niet geëxporteerd: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="195"/>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="251"/>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="281"/>
        <source>Import package</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="251"/>
        <source>Packages (*.zip)</source>
        <translation>Pakketten (*.zip)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="282"/>
        <source>The package was not imported; nothing was changed.

{e}</source>
        <translation>Het pakket is niet geïmporteerd; er is niets gewijzigd.

{e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="296"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="236"/>
        <source>Wrote %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n gegeven geschreven naar {path}.</numerusform>
            <numerusform>%n gegevens geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="197"/>
        <source>{name} is not sealed by the group: it was written before the group shared a key, or by someone outside the group.

Import it only if you know where it comes from.</source>
        <translation>{name} is niet verzegeld door de groep: het is gemaakt voordat de groep een sleutel deelde, of door iemand buiten de groep.

Importeer het alleen als u weet waar het vandaan komt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="205"/>
        <source>Import anyway</source>
        <translation>Toch importeren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="79"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="84"/>
        <source>What to export</source>
        <translation>Wat u wilt exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="86"/>
        <source>Minutes of the meeting</source>
        <translation>Verslag van de vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="87"/>
        <source>Agenda of the meeting</source>
        <translation>Agenda van de vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="88"/>
        <source>Engagement report</source>
        <translation>Engagementrapport</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="89"/>
        <source>Tracker workbook</source>
        <translation>Voortgangsoverzicht (Excel)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="90"/>
        <source>Monitoring evidence pack (PDF and documents)</source>
        <translation>Monitoringsdossier (pdf en documenten)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="97"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="100"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="101"/>
        <source>Partners (nothing marked group-only)</source>
        <translation>Partners (niets wat alleen voor de werkgroep is)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="102"/>
        <source>Working group only (everything)</source>
        <translation>Alleen werkgroep (alles)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="105"/>
        <source>Language of the export</source>
        <translation>Taal van de export</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="112"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="124"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="127"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="128"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="130"/>
        <source>F&amp;ile:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="143"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="114"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="147"/>
        <source>O&amp;pen</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="151"/>
        <source>&amp;Show in folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="189"/>
        <source>Select a meeting or an engagement to export.</source>
        <translation>Kies een vergadering of een engagement om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="211"/>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="239"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="239"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="241"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="267"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="268"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="285"/>
        <source>Choose what to export and a file name.</source>
        <translation>Kies wat u wilt exporteren en een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="292"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="315"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="321"/>
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="325"/>
        <source>Saved {path} and its documents in {zip}</source>
        <translation>{path} opgeslagen, de documenten in {zip}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="337"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_dialog.py" line="342"/>
        <source>The export failed: {error}</source>
        <translation>De export is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="100"/>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="157"/>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="103"/>
        <source>Package file</source>
        <translation>Pakketbestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="104"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="109"/>
        <source>Only changes &amp;since</source>
        <translation>Alleen wijzigingen &amp;sinds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="111"/>
        <source>Changes since</source>
        <translation>Wijzigingen sinds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="130"/>
        <source>&amp;File:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="136"/>
        <source>A full package is always safe. Send it to the other laptop (USB stick, e-mail); there, use File → Exchange → Import package.</source>
        <translation>Een volledig pakket is altijd veilig. Breng het naar de andere laptop (USB-stick, e-mail) en kies daar Bestand → Uitwisselen → Pakket importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="157"/>
        <source>Packages (*.zip)</source>
        <translation>Pakketten (*.zip)</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="333"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Uitwisselen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="336"/>
        <source>&amp;Export package…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="337"/>
        <source>&amp;Import package…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="347"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_menu.py" line="34"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_menu.py" line="38"/>
        <source>Export minutes, an agenda, the report or the tracker</source>
        <translation>Een verslag, een agenda, het rapport of het voortgangsoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_menu.py" line="41"/>
        <source>&amp;Import tracker…</source>
        <translation>&amp;Voortgangsoverzicht importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/export_menu.py" line="43"/>
        <source>Bring back a tracker workbook edited in Excel</source>
        <translation>Een in Excel bewerkt voortgangsoverzicht terugzetten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="338"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="339"/>
        <source>&amp;Group…</source>
        <translation>&amp;Groep…</translation>
    </message>
</context>
<context>
    <name>FinishCorrectionDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="195"/>
        <source>Finish the correction</source>
        <translation>Correctie afronden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="201"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="204"/>
        <source>Freeze the corrected minutes as version {n}? Reason: {reason}</source>
        <translation>Het gecorrigeerde verslag vastleggen als versie {n}? Reden: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="210"/>
        <source>No correction of these minutes is open. To correct approved minutes, choose Meeting → Correct approved minutes… first.</source>
        <translation>Er staat geen correctie van dit verslag open. Kies eerst Vergadering → Vastgesteld verslag corrigeren… om een vastgesteld verslag te corrigeren.</translation>
    </message>
</context>
<context>
    <name>FollowUpFeature</name>
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
    <message>
        <location filename="../../workbench/ui/followup/feature.py" line="104"/>
        <source>Who promised what</source>
        <translation>Wie beloofde wat</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="82"/>
        <location filename="../../workbench/ui/share/group_settings.py" line="284"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="92"/>
        <source>The group&apos;s laptops</source>
        <translation>De laptops van de groep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="95"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="96"/>
        <source>Key fingerprint</source>
        <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="97"/>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="99"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="146"/>
        <source>This laptop shares in no group: its packages are not sealed. Start sharing on one laptop, then join with its code on the others.</source>
        <translation>Deze laptop deelt in geen groep: zijn pakketten worden niet verzegeld. Begin met delen op één laptop en neem op de andere deel met de code daarvan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="152"/>
        <source>This laptop has lost the group key: join again with the code.</source>
        <translation>Deze laptop is de groepssleutel kwijt: neem opnieuw deel met de code.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="174"/>
        <source> (this laptop)</source>
        <translation> (deze laptop)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="175"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="175"/>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="200"/>
        <source>Join the group</source>
        <translation>Deelnemen aan de groep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="243"/>
        <source>Remove laptop</source>
        <translation>Laptop verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="253"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="98"/>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="109"/>
        <source>&amp;Start sharing with the group…</source>
        <translation>&amp;Beginnen met delen in de groep…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="111"/>
        <source>&amp;Join…</source>
        <translation>Deel&amp;nemen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="113"/>
        <source>&amp;Invite a laptop…</source>
        <translation>Laptop &amp;uitnodigen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="115"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="157"/>
        <source>Packages are sealed for group {group}. Invite a laptop to see the join code; give it to a new member in person or by phone, never through the exchange folder.</source>
        <translation>Pakketten worden verzegeld voor groep {group}. Nodig een laptop uit om de deelnamecode te zien; geef die persoonlijk of telefonisch aan een nieuw lid, nooit via de uitwisselmap.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="165"/>
        <source>This laptop&apos;s key fingerprint: {fingerprint}</source>
        <translation>Vingerafdruk van de sleutel van deze laptop: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="203"/>
        <source>The join code another member gave you (also a new one, after a laptop was removed):</source>
        <translation>De deelnamecode die een ander lid u gaf (ook een nieuwe, nadat een laptop is verwijderd):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="225"/>
        <source>Give this join code to the new member in person, on paper or by phone, never through the exchange folder or an e-mail: whoever has it can read the group&apos;s packages. On their laptop: File → Exchange → Group…, Join…</source>
        <translation>Geef deze deelnamecode persoonlijk, op papier of telefonisch aan het nieuwe lid, nooit via de uitwisselmap of per e-mail: wie de code heeft, kan de pakketten van de groep lezen. Op diens laptop: Bestand → Uitwisselen → Groep…, Deelnemen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="245"/>
        <source>Remove laptop {laptop} from the group? Its packages are refused from now on, and this laptop seals what it writes with a new group key that laptop never gets. You then give the new join code to each remaining member.</source>
        <translation>Laptop {laptop} uit de groep verwijderen? Zijn pakketten worden vanaf nu geweigerd, en deze laptop verzegelt wat hij schrijft met een nieuwe groepssleutel die die laptop nooit krijgt. Daarna geeft u de nieuwe deelnamecode aan elk overgebleven lid.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="262"/>
        <source>Laptop {laptop} is removed and the group key replaced. Give this new join code to each remaining member (File → Exchange → Group…, Join…); until they enter it, they cannot read what this laptop writes. Older packages stay readable.</source>
        <translation>Laptop {laptop} is verwijderd en de groepssleutel is vervangen. Geef deze nieuwe deelnamecode aan elk overgebleven lid (Bestand → Uitwisselen → Groep…, Deelnemen…); tot zij die invoeren, kunnen zij niet lezen wat deze laptop schrijft. Oudere pakketten blijven leesbaar.</translation>
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
        <location filename="../../workbench/ui/chair/help_overlay.py" line="34"/>
        <source>Full screen on / off</source>
        <translation>Volledig scherm aan / uit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="35"/>
        <source>Show / hide this help</source>
        <translation>Deze hulp tonen / verbergen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="65"/>
        <source>Chair mode: keyboard shortcuts</source>
        <translation>Voorzittersmodus: sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="66"/>
        <source>Press F1 or Esc to close.</source>
        <translation>Druk op F1 of Esc om te sluiten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="32"/>
        <source>The agenda of this meeting</source>
        <translation>De agenda van deze vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="33"/>
        <source>A quick note</source>
        <translation>Een snelle aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="38"/>
        <source>Close this help; close chair mode when the meeting is not running</source>
        <translation>Deze hulp sluiten; de voorzittersmodus sluiten als de vergadering niet loopt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/help_overlay.py" line="42"/>
        <source>Close chair mode (the notes are saved)</source>
        <translation>De voorzittersmodus sluiten (de aantekeningen zijn opgeslagen)</translation>
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
        <translation>Zichtbaar voor</translation>
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
        <location filename="../../workbench/ui/lists/history_model.py" line="83"/>
        <source>(someone removed)</source>
        <translation>(verwijderde persoon)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="101"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="102"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="103"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="104"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="118"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="148"/>
        <source>Nobody was set in Tools → I am… when this changed</source>
        <translation>Er was niemand ingesteld in Extra → Ik ben… toen dit wijzigde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="57"/>
        <location filename="../../workbench/ui/lists/history_model.py" line="105"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="71"/>
        <source>Audience of {field}</source>
        <translation>Zichtbaarheid van {field}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="120"/>
        <source>another laptop</source>
        <translation>een andere laptop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_model.py" line="121"/>
        <source>{who}, on {laptop}</source>
        <translation>{who}, op {laptop}</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="46"/>
        <source>History</source>
        <extracomment>The most of its column the history takes when it has much to show. How wide a history beside a list is while it holds nothing.</extracomment>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="55"/>
        <source>History of the selected record</source>
        <translation>Geschiedenis van de gekozen regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="62"/>
        <location filename="../../workbench/ui/lists/history_widget.py" line="85"/>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/history_widget.py" line="87"/>
        <source>Select a record to see its history.</source>
        <translation>Kies een regel om de geschiedenis te zien.</translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="114"/>
        <source>Meeting in progress</source>
        <extracomment>Engagements listed in the overdue card before &quot;… and n more&quot;.</extracomment>
        <translation>Vergadering loopt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="114"/>
        <source>Next meeting</source>
        <translation>Volgende vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="117"/>
        <source>No meeting planned.</source>
        <translation>Geen vergadering gepland.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="120"/>
        <source>&amp;Plan a meeting…</source>
        <translation>Vergadering &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="130"/>
        <location filename="../../workbench/ui/home/cards.py" line="177"/>
        <source>Opens the meeting</source>
        <translation>Opent de vergadering</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="139"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="144"/>
        <source>With {organisations}</source>
        <translation>Met {organisations}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="149"/>
        <source>%n invited</source>
        <translation>
            <numerusform>%n uitgenodigd</numerusform>
            <numerusform>%n uitgenodigd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="151"/>
        <source>chair: {name}</source>
        <translation>voorzitter: {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="158"/>
        <source>Prepare &amp;agenda</source>
        <translation>&amp;Agenda voorbereiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="164"/>
        <source>&amp;Resume chairing</source>
        <translation>Verder &amp;leiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="164"/>
        <source>&amp;Chair meeting</source>
        <translation>Vergadering &amp;leiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="175"/>
        <source>Then: {date} · {title}</source>
        <translation>Daarna: {date} · {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="183"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="185"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="187"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="188"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="193"/>
        <source>No agenda yet</source>
        <translation>Nog geen agenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="195"/>
        <source>The agenda runs %n minute(s) over</source>
        <translation>
            <numerusform>De agenda loopt %n minuut uit</numerusform>
            <numerusform>De agenda loopt %n minuten uit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="198"/>
        <source>Agenda ready: {items}, {minutes} of {duration} minutes</source>
        <translation>Agenda klaar: {items}, {minutes} van {duration} minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="199"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="209"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="211"/>
        <source>Nothing is overdue.</source>
        <translation>Niets is te laat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="217"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="219"/>
        <source>%n promised by the company</source>
        <translation>
            <numerusform>%n toegezegd door het bedrijf</numerusform>
            <numerusform>%n toegezegd door het bedrijf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="221"/>
        <source>%n promised by the working group</source>
        <translation>
            <numerusform>%n toegezegd door de werkgroep</numerusform>
            <numerusform>%n toegezegd door de werkgroep</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="222"/>
        <source>No engagement</source>
        <translation>Geen engagement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="235"/>
        <source>All %n overdue action(s) in the tracker</source>
        <translation>
            <numerusform>De %n te late actie bekijken</numerusform>
            <numerusform>Alle %n te late acties bekijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="242"/>
        <source>Commitments still to do, both ways</source>
        <translation>Toezeggingen die nog openstaan, over en weer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="250"/>
        <source>… and %n more engagement(s) with overdue items</source>
        <translation>
            <numerusform>… en nog %n engagement met te late punten</numerusform>
            <numerusform>… en nog %n engagementen met te late punten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="258"/>
        <location filename="../../workbench/ui/home/cards.py" line="303"/>
        <source>Overdue action</source>
        <translation>Actie te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="267"/>
        <source>Overdue commitment, {made}</source>
        <translation>Toezegging te laat, {made}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="278"/>
        <source>My actions</source>
        <translation>Mijn acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="280"/>
        <source>My actions ({name})</source>
        <translation>Mijn acties ({name})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="284"/>
        <source>Say who you are to see your open actions here.</source>
        <translation>Zeg wie u bent om hier uw open acties te zien.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="287"/>
        <source>&amp;I am…</source>
        <translation>I&amp;k ben…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="292"/>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="296"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="303"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="309"/>
        <source>All %n of my open actions in the tracker</source>
        <translation>
            <numerusform>Mijn %n open actie bekijken</numerusform>
            <numerusform>Al mijn %n open acties bekijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="317"/>
        <source>Notes to file</source>
        <translation>Aantekeningen verwerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="319"/>
        <source>Every note is filed.</source>
        <translation>Alle aantekeningen zijn verwerkt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="321"/>
        <source>(empty note)</source>
        <translation>(lege aantekening)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="328"/>
        <source>Opens the note in the inbox</source>
        <translation>Opent de aantekening om te verwerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="333"/>
        <source>File them now (%n)</source>
        <translation>
            <numerusform>Nu verwerken (%n)</numerusform>
            <numerusform>Nu verwerken (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="342"/>
        <source>Engagements</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="344"/>
        <source>No engagement yet.</source>
        <translation>Nog geen engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="346"/>
        <source>Objectives by stage, from 0 (not started) to 4 (achieved)</source>
        <translation>Doelstellingen per fase, van 0 (niet begonnen) tot 4 (bereikt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="353"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n doelstelling</numerusform>
            <numerusform>%n doelstellingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="359"/>
        <source>Opens the engagement</source>
        <translation>Opent het engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="371"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="375"/>
        <source>%n conflict(s) waiting: settle them</source>
        <translation>
            <numerusform>%n conflict wacht: los het op</numerusform>
            <numerusform>%n conflicten wachten: los ze op</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="381"/>
        <source>No conflicts waiting.</source>
        <translation>Geen conflicten die wachten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="387"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="390"/>
        <source>Merges the other laptops&apos; changes and writes this one&apos;s</source>
        <translation>Voegt de wijzigingen van de andere laptops samen en schrijft die van deze</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="394"/>
        <source>No package exchanged yet.</source>
        <translation>Nog geen pakket uitgewisseld.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="396"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/cards.py" line="399"/>
        <source>Last package in: {received}; out: {sent}</source>
        <translation>Laatste pakket binnen: {received}; uit: {sent}</translation>
    </message>
</context>
<context>
    <name>HomeOpener</name>
    <message>
        <location filename="../../workbench/ui/home/opening.py" line="57"/>
        <source>That is not available here.</source>
        <translation>Dat is hier niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../workbench/ui/home/page.py" line="140"/>
        <source>Home</source>
        <translation>Start</translation>
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
        <location filename="../../workbench/ui/share/import_dialog.py" line="57"/>
        <location filename="../../workbench/ui/share/import_dialog.py" line="107"/>
        <source>Import tracker</source>
        <translation>Voortgangsoverzicht importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="62"/>
        <source>Workbook</source>
        <translation>Werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="67"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="64"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="71"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Werkmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="83"/>
        <source>Changes the import would make</source>
        <translation>Wijzigingen die de import zou maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="88"/>
        <source>&amp;Apply all</source>
        <translation>&amp;Alles toepassen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="107"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="124"/>
        <source>Choose a tracker workbook (.xlsx).</source>
        <translation>Kies een voortgangsoverzicht (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="129"/>
        <source>Reading {name}…</source>
        <translation>{name} lezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="144"/>
        <source>Problem: {text}</source>
        <translation>Probleem: {text}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="148"/>
        <source>Note: {text}</source>
        <translation>Let op: {text}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="155"/>
        <source>The workbook matches the workbench: nothing to import.</source>
        <translation>De werkmap komt overeen met de workbench: niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="176"/>
        <source>The import failed: {error}</source>
        <translation>De import is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="184"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="151"/>
        <source>%n problem(s) in the workbook: nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n probleem in de werkmap: er kan niets worden geïmporteerd tot het is opgelost.</numerusform>
            <numerusform>%n problemen in de werkmap: er kan niets worden geïmporteerd tot ze zijn opgelost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/import_dialog.py" line="158"/>
        <source>Tracker of “{engagement}”: {changes} and {new}. Apply all of them, or none.</source>
        <translation>Voortgangsoverzicht van “{engagement}”: {changes} en {new}. Pas ze allemaal toe, of geen enkele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="161"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="162"/>
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nieuwe actie</numerusform>
            <numerusform>%n nieuwe acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="193"/>
        <source>Imported %n change(s).</source>
        <translation>
            <numerusform>%n wijziging geïmporteerd.</numerusform>
            <numerusform>%n wijzigingen geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionCapture</name>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="43"/>
        <source>Record as an interaction</source>
        <translation>Vastleggen als contactmoment</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="44"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="47"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="50"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="51"/>
        <source>Contact at the company</source>
        <translation>Contactpersoon bij het bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="52"/>
        <source>Seniority</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="56"/>
        <source>Record as interaction</source>
        <translation>Vastleggen als contactmoment</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="60"/>
        <source>The note becomes a letter, call, e-mail… of the engagement, and leaves the inbox</source>
        <translation>De aantekening wordt een brief, gesprek, e-mail… van het engagement en verdwijnt uit de inbox</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="63"/>
        <source>Contact wa&amp;s a:</source>
        <translation>Het contact wa&amp;s een:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="71"/>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interaction_capture.py" line="75"/>
        <source>Contact:</source>
        <translation>Contactpersoon:</translation>
    </message>
</context>
<context>
    <name>InteractionsModel</name>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="27"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="28"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="29"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="30"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="31"/>
        <source>Counterpart</source>
        <translation>Gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="32"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_model.py" line="33"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
</context>
<context>
    <name>InteractionsPage</name>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="139"/>
        <source>New interaction</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="147"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="148"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="149"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="152"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="157"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="161"/>
        <source>Counterpart</source>
        <translation>Gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="167"/>
        <source>Seniority</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="171"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="172"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="179"/>
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="69"/>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="106"/>
        <source>Export the invitation</source>
        <translation>Uitnodiging exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="73"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="74"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="81"/>
        <source>Language of the description</source>
        <translation>Taal van de beschrijving</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="85"/>
        <source>Calendars (Outlook, Thunderbird, Apple, Google) read this file; sent again after a change of time or place, it updates the meeting there.</source>
        <translation>Agenda’s (Outlook, Thunderbird, Apple, Google) lezen dit bestand; opnieuw verstuurd na een wijziging van tijd of plaats, werkt het de vergadering daar bij.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="92"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="94"/>
        <source>F&amp;ile:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="97"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="107"/>
        <source>Calendar invitation (*.ics)</source>
        <translation>Agenda-uitnodiging (*.ics)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="115"/>
        <source>Give a file name.</source>
        <translation>Geef een bestandsnaam op.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="122"/>
        <source>No invitation written: {e}</source>
        <translation>Geen uitnodiging gemaakt: {e}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="47"/>
        <source>Invite a laptop</source>
        <translation>Laptop uitnodigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="54"/>
        <source>Join code</source>
        <translation>Deelnamecode</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/group_settings.py" line="58"/>
        <source>C&amp;opy code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="37"/>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="47"/>
        <source>Notes for this item</source>
        <extracomment>The notes of an item were written: (item id, text). Saving failed; the message says why (nothing typed is lost: it is retried). Who may read the notes changed: (item id, {&quot;notes_audience&quot;: value}).</extracomment>
        <translation>Aantekeningen bij dit punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="38"/>
        <source>Notes for this item (saved as you type)</source>
        <translation>Aantekeningen bij dit punt (opgeslagen terwijl u typt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/item_pane.py" line="45"/>
        <source>&amp;Notes for this item:</source>
        <translation>Aan&amp;tekeningen bij dit punt:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="15"/>
        <source>Working group only</source>
        <translation>Alleen werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="16"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="18"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="19"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="20"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="21"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="22"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="23"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="24"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="25"/>
        <source>Fulfilled</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="26"/>
        <source>Not fulfilled</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="28"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="29"/>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="30"/>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="31"/>
        <source>Minutes approved</source>
        <translation>Verslag vastgesteld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="33"/>
        <source>Working-group meeting</source>
        <translation>Werkgroepvergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="34"/>
        <source>Company call</source>
        <translation>Gesprek met bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="35"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="37"/>
        <source>By the company</source>
        <translation>Door het bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="38"/>
        <source>By the working group</source>
        <translation>Door de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="40"/>
        <source>Inform</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="41"/>
        <source>Discuss</source>
        <translation>Bespreken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="42"/>
        <source>Decide</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="44"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="45"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="46"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="47"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="48"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="49"/>
        <source>Apologies</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="50"/>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="52"/>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="53"/>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="54"/>
        <source>Partially achieved</source>
        <translation>Deels bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="55"/>
        <source>Not achieved</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="56"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="58"/>
        <source>Pension fund</source>
        <translation>Pensioenfonds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="59"/>
        <source>Asset manager</source>
        <translation>Vermogensbeheerder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="60"/>
        <source>NGO</source>
        <translation>Ngo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="61"/>
        <source>Trade union</source>
        <translation>Vakbond</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="62"/>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="63"/>
        <source>Secretariat</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="64"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="65"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="67"/>
        <source>Brand / OEM</source>
        <translation>Merk / OEM</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="68"/>
        <source>Tier-1 supplier</source>
        <translation>Directe leverancier</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="69"/>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="70"/>
        <source>Trader</source>
        <translation>Handelaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="71"/>
        <source>Mine / origin</source>
        <translation>Mijn / herkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="73"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="75"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="76"/>
        <source>AGM question</source>
        <translation>Vraag op de AVA</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="77"/>
        <source>AGM vote</source>
        <translation>Stem op de AVA</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="78"/>
        <source>Site visit</source>
        <translation>Bezoek ter plaatse</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="79"/>
        <source>Public statement</source>
        <translation>Publieke verklaring</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="80"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="81"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="82"/>
        <source>Board</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="83"/>
        <source>Executive</source>
        <translation>Directie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="84"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="85"/>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="86"/>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="87"/>
        <source>Collaborating</source>
        <translation>Samenwerkend</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="50"/>
        <source>Escalation ladder</source>
        <translation>Escalatieladder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="54"/>
        <source>The steps the group takes when dialogue with a company stalls, lowest first. Changes are saved at once.</source>
        <translation>De stappen die de werkgroep zet als de dialoog met een bedrijf vastloopt, de laagste eerst. Wijzigingen worden meteen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="61"/>
        <source>Steps of the escalation ladder</source>
        <translation>Stappen van de escalatieladder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="65"/>
        <source>Name of the step</source>
        <translation>Naam van de stap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="69"/>
        <source>What the step means</source>
        <translation>Wat de stap inhoudt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="72"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="75"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="78"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="81"/>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="156"/>
        <source>&amp;Retire</source>
        <translation>&amp;Buiten gebruik</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="84"/>
        <source>&amp;Add a step</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="96"/>
        <source>&amp;What it means:</source>
        <translation>&amp;Wat het inhoudt:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="129"/>
        <source>{name} (retired)</source>
        <translation>{name} (buiten gebruik)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="156"/>
        <source>Bring &amp;back</source>
        <translation>Weer in gebr&amp;uik</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="170"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="172"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/ladder_dialog.py" line="205"/>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="47"/>
        <source>Commitment</source>
        <extracomment>The tone of each settled status (``workbench.ui.palette``: light or dark palette). A mark beside the status word, so that status is never told by colour alone.</extracomment>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="49"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="50"/>
        <source>Made in</source>
        <translation>Toegezegd in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="51"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="52"/>
        <source>Party / owner</source>
        <translation>Partij / eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="86"/>
        <source>made in {meeting}</source>
        <translation>toegezegd in {meeting}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="93"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_model.py" line="113"/>
        <source>Overdue: past its due date</source>
        <translation>Te laat: de deadline is verstreken</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="136"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="139"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="140"/>
        <source>Only what is still to &amp;do</source>
        <translation>Alleen wat nog &amp;open staat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="169"/>
        <source>E&amp;ngagement:</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="170"/>
        <source>&amp;Company:</source>
        <translation>Bedr&amp;ijf:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="219"/>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="236"/>
        <source>No engagement yet.</source>
        <translation>Nog geen engagement.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="246"/>
        <source>What {company} committed to</source>
        <translation>Wat {company} heeft toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="248"/>
        <source>What the companies committed to</source>
        <translation>Wat de bedrijven hebben toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="250"/>
        <source>What the working group committed to</source>
        <translation>Wat de werkgroep heeft toegezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="254"/>
        <source>Still to do: &lt;b&gt;{company}&lt;/b&gt; by the company, &lt;b&gt;{group}&lt;/b&gt; by the group.</source>
        <translation>Nog te doen: &lt;b&gt;{company}&lt;/b&gt; door het bedrijf, &lt;b&gt;{group}&lt;/b&gt; door de werkgroep.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="165"/>
        <source>Who promised what</source>
        <translation>Wie beloofde wat</translation>
    </message>
</context>
<context>
    <name>LedgerSideView</name>
    <message>
        <location filename="../../workbench/ui/followup/ledger_page.py" line="107"/>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="22"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="23"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="24"/>
        <source>From meeting</source>
        <translation>Uit vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="25"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_model.py" line="26"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="51"/>
        <source>New lesson</source>
        <translation>Nieuwe les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="57"/>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="66"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="67"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="70"/>
        <source>From meeting</source>
        <translation>Uit vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="76"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/lessons_page.py" line="80"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="86"/>
        <location filename="../../workbench/ui/shell/frame.py" line="50"/>
        <source>Filter (type any words)…</source>
        <extracomment>The filter proxy; a page over a very long list may give a faster one. Defer ``reload`` while the page is hidden (set for the long lists).</extracomment>
        <translation>Filteren (typ willekeurige woorden)…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="87"/>
        <source>Filter {title}</source>
        <translation>{title} filteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="94"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="96"/>
        <source>New record</source>
        <translation>Nieuw toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="101"/>
        <location filename="../../workbench/ui/shell/first_rows.py" line="136"/>
        <source>{title} list</source>
        <translation>Lijst {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="117"/>
        <location filename="../../workbench/ui/lists/list_page.py" line="302"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="231"/>
        <source>{n} shown of {total}</source>
        <translation>{n} van {total} getoond</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="233"/>
        <source>{n} in all</source>
        <translation>{n} in totaal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="283"/>
        <source>Cannot create</source>
        <translation>Kan niet aanmaken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/lists/list_page.py" line="89"/>
        <source>Clear the filter</source>
        <translation>Het filter wissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/lists/list_page.py" line="303"/>
        <source>Delete %n selected record(s)?</source>
        <translation>
            <numerusform>%n gekozen regel verwijderen?</numerusform>
            <numerusform>%n gekozen regels verwijderen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="100"/>
        <source>Pages</source>
        <extracomment>The narrowest the navigation is made (its names elide, icons and counts stay). The settings dialog was accepted (features re-read what they use). ``attach`` is done: every page is built and Home holds its data. The page the window opened on shows its data: the tracker&apos;s first rows or Home read before the data stack (``first_rows.py``, ``ui/home/first.py``), else the page itself in ``attach``. Shortcuts set by ``_install_shortcuts`` (a standard key&apos;s name, or portable text). The navigation: its sketch until ``attach`` puts the list in its place (``nav_sketch.py``: the list&apos;s classes cost the first paint a fifth).</extracomment>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="106"/>
        <source>Engagements</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="107"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="109"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="170"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="301"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="302"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="303"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="304"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="305"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="307"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="309"/>
        <source>Add a record to the current page</source>
        <translation>Iets nieuws toevoegen aan de huidige pagina</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="315"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="321"/>
        <source>&amp;Filter this list</source>
        <translation>Deze lijst &amp;filteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="329"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="337"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="415"/>
        <source>Loading the demo case…</source>
        <translation>Voorbeeld laden…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="424"/>
        <source>Demo case loaded.</source>
        <translation>Voorbeeld geladen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="428"/>
        <source>Could not load the demo: {e}</source>
        <translation>Kon het voorbeeld niet laden: {e}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="105"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="108"/>
        <source>All commitments</source>
        <translation>Alle toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="110"/>
        <source>All notes</source>
        <translation>Alle aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="125"/>
        <source>Getting ready…</source>
        <translation>Bezig met opstarten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/main_window.py" line="130"/>
        <source>Getting ready</source>
        <translation>Bezig met opstarten</translation>
    </message>
</context>
<context>
    <name>MeetingFeature</name>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="54"/>
        <source>Quick no&amp;te…</source>
        <translation>Snelle aan&amp;tekening…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="76"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="80"/>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="84"/>
        <source>A&amp;ttendance…</source>
        <translation>Aan&amp;wezigheid…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="86"/>
        <source>&amp;Chair meeting</source>
        <translation>Vergadering &amp;leiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="89"/>
        <source>&amp;New meeting from template…</source>
        <translation>&amp;Nieuwe vergadering uit sjabloon…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="92"/>
        <source>&amp;Save agenda as template…</source>
        <translation>Agenda als sjabloon &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="136"/>
        <source>Select a meeting on the Meetings page first.</source>
        <translation>Kies eerst een vergadering op de pagina Vergaderingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="215"/>
        <source>Template saved.</source>
        <translation>Sjabloon opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="51"/>
        <source>Notes to file</source>
        <translation>Aantekeningen verwerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="61"/>
        <source>End the meeting being chaired</source>
        <translation>De lopende vergadering beëindigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/feature.py" line="225"/>
        <source>No meeting is being chaired.</source>
        <translation>Er wordt geen vergadering voorgezeten.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="20"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="22"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="23"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/meetings_model.py" line="25"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="58"/>
        <source>Merge report</source>
        <translation>Verslag van het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="62"/>
        <source>Added: {added}   Updated: {updated}   Deleted: {deleted}
Unchanged: {unchanged}   Newer on this laptop: {kept}   Conflicts: {conflicts}</source>
        <translation>Toegevoegd: {added}   Bijgewerkt: {updated}   Verwijderd: {deleted}
Ongewijzigd: {unchanged}   Nieuwer op deze laptop: {kept}   Conflicten: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="81"/>
        <source>Changed on both laptops: the newer version was kept and the other set aside. Choose for each:</source>
        <translation>Op beide laptops gewijzigd: de nieuwste versie is gehouden en de andere opzijgezet. Kies per gegeven:</translation>
    </message>
</context>
<context>
    <name>MinutesHistoryDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="161"/>
        <source>Minutes: versions and send log</source>
        <translation>Verslag: versies en verzendlog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="168"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="171"/>
        <source>Version {n}: not yet frozen</source>
        <translation>Versie {n}: ligt nog niet vast</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="173"/>
        <source>Version 1: approved {when}</source>
        <translation>Versie 1: vastgesteld op {when}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="177"/>
        <source>Version {n}: corrected {when}</source>
        <translation>Versie {n}: gecorrigeerd op {when}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="190"/>
        <source>The minutes as frozen in this version</source>
        <translation>Het verslag zoals het in deze versie vastligt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="198"/>
        <source>Send log</source>
        <translation>Verzendlog</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="201"/>
        <source>SHA-256 of the file: {sum}</source>
        <translation>SHA-256 van het bestand: {sum}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="204"/>
        <source>Not sent yet.</source>
        <translation>Nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/minutes_dialogs.py" line="206"/>
        <source>Not approved yet.</source>
        <translation>Nog niet vastgesteld.</translation>
    </message>
</context>
<context>
    <name>NavCounter</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/shell/navigation.py" line="400"/>
        <location filename="../../workbench/ui/shell/navigation.py" line="406"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/shell/navigation.py" line="411"/>
        <source>%n to file</source>
        <translation>
            <numerusform>%n te verwerken</numerusform>
            <numerusform>%n te verwerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="35"/>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="40"/>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="45"/>
        <source>Review</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="48"/>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="49"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="76"/>
        <source>What needs doing now</source>
        <extracomment>Page key → (group index, position in the group). Page key → icon in ``resources/icons/nav``.</extracomment>
        <translation>Wat er nu moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="77"/>
        <source>Every meeting: plan, prepare the agenda, chair</source>
        <translation>Alle vergaderingen: plannen, de agenda voorbereiden, leiden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="78"/>
        <source>The engagements and their details</source>
        <translation>De engagementen en hun gegevens</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="79"/>
        <source>The tracker of every action</source>
        <translation>Alle acties, met eigenaar, deadline en status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="80"/>
        <source>Every commitment in one list, to edit one by one</source>
        <translation>Alle toezeggingen in één lijst, om één voor één te bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="83"/>
        <source>What the companies and the working group promised, side by side</source>
        <translation>Wat de bedrijven en de werkgroep hebben toegezegd, naast elkaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="86"/>
        <source>Quick notes waiting to be filed</source>
        <translation>Snelle aantekeningen die nog verwerkt moeten worden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="87"/>
        <source>Objectives at their stages, and the timeline</source>
        <translation>Doelstellingen per fase, en de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="88"/>
        <source>Lessons learned, for the report</source>
        <translation>Geleerde lessen, voor het rapport</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="89"/>
        <source>Every note, filed or not</source>
        <translation>Alle aantekeningen, verwerkt of niet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="90"/>
        <source>Every letter, call, meeting and AGM question, sent or received</source>
        <translation>Elke brief, elk gesprek, elke vergadering en elke AVA-vraag, verstuurd of ontvangen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="93"/>
        <source>The people the group works with</source>
        <translation>De mensen met wie de groep werkt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_places.py" line="94"/>
        <source>Companies, members and partners of the group</source>
        <translation>Bedrijven, leden en partners van de groep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/nav_sketch.py" line="219"/>
        <source>Current page</source>
        <translation>Huidige pagina</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="46"/>
        <source>New meeting from a template</source>
        <translation>Nieuwe vergadering uit een sjabloon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="53"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="91"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="92"/>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="93"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="94"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="95"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Zichtbaar voor:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="125"/>
        <source>Choose a template.</source>
        <translation>Kies een sjabloon.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="56"/>
        <source>{name} — {kind}, {minutes} min, {items}</source>
        <translation>{name} — {kind}, {minutes} min, {items}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="60"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="54"/>
        <source>Open the &amp;draft minutes</source>
        <translation>Concept&amp;verslag openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="58"/>
        <source>E&amp;xport for partners…</source>
        <translation>E&amp;xporteren voor partners…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="61"/>
        <source>&amp;Send the minutes…</source>
        <translation>Verslag ver&amp;sturen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="64"/>
        <source>&amp;Plan the next meeting…</source>
        <translation>Volgende vergadering &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="157"/>
        <source>Writing the draft minutes…</source>
        <translation>Het conceptverslag wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="166"/>
        <source>Draft minutes (working group only): {path}</source>
        <translation>Conceptverslag (alleen werkgroep): {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/chair/summary_next.py" line="174"/>
        <source>The draft minutes were not written: {error}</source>
        <translation>Het conceptverslag is niet geschreven: {error}</translation>
    </message>
</context>
<context>
    <name>NotesInbox</name>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="81"/>
        <source>Untriaged notes</source>
        <translation>Onverwerkte aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="98"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="116"/>
        <source>2024-06-30, +14 or +2w</source>
        <translation>30-06-2024, +14 of +2w</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="126"/>
        <source>Mark t&amp;riaged</source>
        <translation>Als verwerkt &amp;markeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="138"/>
        <source>File under</source>
        <translation>Opbergen bij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="143"/>
        <source>Turn into a follow-up</source>
        <translation>Omzetten in een vervolgstap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="145"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="146"/>
        <source>&amp;Due:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="106"/>
        <source>&amp;Attach</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="117"/>
        <source>Ma&amp;ke an action</source>
        <translation>Maak er een &amp;actie van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="120"/>
        <source>Make a &amp;commitment</source>
        <translation>Maak er een toe&amp;zegging van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="140"/>
        <source>E&amp;ngagement:</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="141"/>
        <source>Meet&amp;ing:</source>
        <translation>Ve&amp;rgadering:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="147"/>
        <source>Made &amp;by:</source>
        <translation>T&amp;oegezegd:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="148"/>
        <source>&amp;Party:</source>
        <translation>&amp;Partij:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="212"/>
        <source>{n} to triage</source>
        <translation>{n} te verwerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="300"/>
        <source>Not done: {reason}</source>
        <translation>Niet gedaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="302"/>
        <source>Done: the note left the inbox.</source>
        <translation>Gedaan: de aantekening is uit de inbox.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="165"/>
        <source>Notes to file</source>
        <translation>Aantekeningen verwerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_inbox.py" line="265"/>
        <source>Attached: {files}</source>
        <translation>Bijlagen: {files}</translation>
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
        <location filename="../../workbench/ui/capture/notes_model.py" line="28"/>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="29"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="30"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="31"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="32"/>
        <source>Triaged</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/notes_model.py" line="33"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
</context>
<context>
    <name>ObjectivesChecklist</name>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="62"/>
        <source>Concerns the objectives</source>
        <translation>Betreft de doelstellingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/interactions_page.py" line="65"/>
        <source>Objectives the interaction concerns</source>
        <translation>Doelstellingen waarover het contactmoment gaat</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="28"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="29"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="30"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="31"/>
        <source>Stage since</source>
        <translation>Fase sinds</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="32"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="62"/>
        <source>Reached in: {meeting}</source>
        <translation>Bereikt in: {meeting}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/objectives_model.py" line="65"/>
        <source>No stage change recorded here: the date of the last update</source>
        <translation>Hier geen fasewijziging vastgelegd: de datum van de laatste wijziging</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="66"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="67"/>
        <source>Name readable by</source>
        <translation>Naam zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="68"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="69"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="201"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="205"/>
        <source>Meeting where changes happened</source>
        <translation>Vergadering waarin wijzigingen plaatsvonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="207"/>
        <source>Stage and outcome changes are recorded as having happened in this meeting</source>
        <translation>Wijzigingen van fase en uitkomst worden vastgelegd als gedaan in deze vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="211"/>
        <source>&amp;Present timeline</source>
        <translation>Tijdlijn &amp;presenteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="245"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="251"/>
        <source>E&amp;ngagement:</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="252"/>
        <source>&amp;Changes happened in:</source>
        <translation>Wijzigingen vastgelegd &amp;in:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="298"/>
        <source>No engagement yet: create one on the Engagements page.</source>
        <translation>Nog geen engagement: maak er een aan op de pagina Engagementen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="325"/>
        <source>Not about one company</source>
        <translation>Niet over één bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="355"/>
        <source>(no meeting)</source>
        <translation>(geen vergadering)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="384"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="426"/>
        <source>Timeline: {engagement}</source>
        <translation>Tijdlijn: {engagement}</translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <location filename="../../workbench/ui/shell/frame.py" line="38"/>
        <source>Opening the database…</source>
        <extracomment>The list pages every window has, in the sidebar&apos;s order (``pages.build_pages``).</extracomment>
        <translation>De database wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
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
        <translation>Zichtbaar voor</translation>
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
        <location filename="../../workbench/ui/shell/first_rows.py" line="134"/>
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
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="169"/>
        <source>All commitments</source>
        <translation>Alle toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/pages.py" line="218"/>
        <source>All notes</source>
        <translation>Alle aantekeningen</translation>
    </message>
</context>
<context>
    <name>PartiesPages</name>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="40"/>
        <location filename="../../workbench/ui/parties/feature.py" line="82"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="42"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="48"/>
        <location filename="../../workbench/ui/parties/feature.py" line="73"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="55"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="57"/>
        <source>Member of the group</source>
        <translation>Lid van de werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="65"/>
        <location filename="../../workbench/ui/parties/feature.py" line="88"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="67"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="74"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="75"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="83"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/feature.py" line="89"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaties</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="16"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="35"/>
        <source>Name readable by</source>
        <translation>Naam zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="37"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/parties/models.py" line="38"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../workbench/ui/share/period_picker.py" line="35"/>
        <source>Perio&amp;d:</source>
        <translation>Perio&amp;de:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/period_picker.py" line="38"/>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/period_picker.py" line="41"/>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/period_picker.py" line="46"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/period_picker.py" line="49"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/period_picker.py" line="52"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
</context>
<context>
    <name>PlaceWarning</name>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="39"/>
        <source>the exchange folder</source>
        <translation>de uitwisselmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="41"/>
        <source>a folder {engine} keeps in step</source>
        <translation>een map die {engine} synchroon houdt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="45"/>
        <source>Move the database out of the synced folder</source>
        <translation>Zet de database buiten de gesynchroniseerde map</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="47"/>
        <source>This database ({path}) lies in {where} ({root}).

A sync engine that copies a database while it is open can damage it or lose your latest work. Keep the database on this laptop only; the exchange folder carries the group&apos;s changes.</source>
        <translation>Deze database ({path}) staat in {where} ({root}).

Een synchronisatieprogramma dat een database kopieert terwijl die open is, kan haar beschadigen of uw laatste werk kwijtraken. Houd de database alleen op deze laptop; de uitwisselmap brengt de wijzigingen van de groep over.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="55"/>
        <source>&amp;Move it…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="57"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
</context>
<context>
    <name>PlanNextDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="142"/>
        <source>Plan the next meeting</source>
        <translation>Volgende vergadering plannen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="148"/>
        <source>The next “{title}”, from the same template, with what is still open carried over.</source>
        <translation>De volgende ‘{title}’, uit hetzelfde sjabloon, met wat nog openstaat erbij.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="154"/>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="158"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="162"/>
        <source>This meeting has no date yet: give it one first.</source>
        <translation>Deze vergadering heeft nog geen datum: geef die eerst op.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/meeting_dialogs.py" line="166"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Begint om:</translation>
    </message>
</context>
<context>
    <name>QuickNoteWindow</name>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="62"/>
        <source>Quick note</source>
        <translation>Snelle aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="69"/>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="70"/>
        <source>Type your note; it is saved as you type.</source>
        <translation>Typ uw aantekening; die wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="75"/>
        <source>e.g. OECD Forum, Paris</source>
        <translation>bijv. OESO-forum, Parijs</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="100"/>
        <source>&amp;Note:</source>
        <translation>&amp;Aantekening:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="101"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="102"/>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="103"/>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="104"/>
        <source>&amp;Audience:</source>
        <translation>P&amp;ubliek:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="165"/>
        <source>New note</source>
        <translation>Nieuwe aantekening</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="218"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="231"/>
        <source>Type the note first.</source>
        <translation>Typ eerst de aantekening.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="242"/>
        <source>Not recorded: {reason}</source>
        <translation>Niet vastgelegd: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="249"/>
        <source>Recorded as an interaction; a new note is ready.</source>
        <translation>Vastgelegd als contactmoment; een nieuwe aantekening staat klaar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="77"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="118"/>
        <source>Ctrl+N new note · Esc or Ctrl+W closes (the note is already saved)</source>
        <translation>Ctrl+N nieuwe aantekening · Esc of Ctrl+W sluit (de aantekening is al opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture/quick_note.py" line="123"/>
        <source>Away from the laptop? Notes, photos and e-mails your phone saves into the drop folder (Tools → Settings) arrive in Notes to file.</source>
        <translation>Niet achter de laptop? Aantekeningen, foto&apos;s en e-mails die je telefoon in de afgiftemap zet (Extra → Instellingen) komen vanzelf in Aantekeningen verwerken.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../workbench/ui/widgets/forms.py" line="104"/>
        <source>Form message</source>
        <extracomment>The audience control of each field that has one, by the field&apos;s name.</extracomment>
        <translation>Melding van het formulier</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/forms.py" line="230"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/forms.py" line="233"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="51"/>
        <source>Lead and collaborators: {company}</source>
        <translation>Trekker en samenwerkende partijen: {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="56"/>
        <source>Organisations and their roles</source>
        <translation>Organisaties en hun rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="58"/>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="58"/>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="75"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="58"/>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="80"/>
        <source>Audience</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="83"/>
        <source>&amp;Add or change</source>
        <translation>&amp;Toevoegen of wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="86"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="96"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="138"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="140"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="146"/>
        <source>Select a row to remove.</source>
        <translation>Kies de regel die u wilt verwijderen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/roles_dialog.py" line="150"/>
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="153"/>
        <source>Save the agenda as a template</source>
        <translation>De agenda als sjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="166"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="167"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="56"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="57"/>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="58"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="59"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="60"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="61"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="85"/>
        <source>Search</source>
        <extracomment>A hit was chosen (Enter or double-click).</extracomment>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="92"/>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="94"/>
        <source>Words in notes, agenda items, decisions, commitments, actions, lessons…</source>
        <translation>Woorden in aantekeningen, agendapunten, besluiten, toezeggingen, acties, lessen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="103"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="130"/>
        <source>Type a word to search for.</source>
        <translation>Typ een woord om naar te zoeken.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="139"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="142"/>
        <source>{n} found. Enter or double-click opens one.</source>
        <translation>{n} gevonden. Enter of dubbelklikken opent er een.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="149"/>
        <source> — the best {n} shown</source>
        <translation> — de beste {n} getoond</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/search_dialog.py" line="97"/>
        <source>Clear the search</source>
        <translation>De zoektekst wissen</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="61"/>
        <source>Send the minutes</source>
        <extracomment>How a file is handed to the desktop (tests replace it).</extracomment>
        <translation>Verslag versturen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="62"/>
        <source>Send the agenda</source>
        <translation>Agenda versturen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="63"/>
        <source>Send the engagement report</source>
        <translation>Engagementrapport versturen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="64"/>
        <source>Send the tracker</source>
        <translation>Voortgangsoverzicht versturen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="78"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="80"/>
        <source>Partners version, to the partners list</source>
        <translation>Partnerversie, aan de partnerlijst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="81"/>
        <source>Working-group version, to the group list</source>
        <translation>Werkgroepversie, aan de werkgroeplijst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="84"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="97"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="99"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="103"/>
        <source>This meeting is for the working group only: no partners version.</source>
        <translation>Deze vergadering is alleen voor de werkgroep: er is geen partnerversie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="112"/>
        <source>The draft</source>
        <translation>Het concept</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="118"/>
        <source>&amp;Write draft and open it</source>
        <translation>Concept &amp;maken en openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="142"/>
        <source>No one: the distribution list names no one with an address for this version (Meeting → Distribution list…).</source>
        <translation>Niemand: de verzendlijst noemt voor deze versie niemand met een adres (Vergadering → Verzendlijst…).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="147"/>
        <source>On the list without an e-mail address, not addressed: {names}</source>
        <translation>Op de lijst zonder e-mailadres, niet geadresseerd: {names}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="168"/>
        <source>Writing the draft…</source>
        <translation>Concept maken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="182"/>
        <source>The draft is open in your mail program; it is logged as sent.</source>
        <translation>Het concept staat open in uw e-mailprogramma; het is als verstuurd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="188"/>
        <source>No mail program opened the draft. It is saved as {path}: open it in your mail program, or attach the file by hand.</source>
        <translation>Geen e-mailprogramma heeft het concept geopend. Het is opgeslagen als {path}: open het in uw e-mailprogramma, of voeg het bestand zelf als bijlage toe.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/cycle/send_dialog.py" line="195"/>
        <source>The draft was not written: {e}</source>
        <translation>Het concept is niet gemaakt: {e}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="43"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="49"/>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="50"/>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="55"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="56"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="80"/>
        <source>Default export language</source>
        <translation>Standaardtaal van exports</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="86"/>
        <source>Default export audience</source>
        <translation>Exports standaard bestemd voor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="88"/>
        <source>Partners (leaves out group-only content)</source>
        <translation>Partners (zonder inhoud die alleen voor de werkgroep is)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="90"/>
        <source>Working group only (everything)</source>
        <translation>Alleen werkgroep (alles)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="94"/>
        <source>&amp;I am:</source>
        <translation>&amp;Ik ben:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="95"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Gegevensmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="96"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Back-upmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="111"/>
        <source>Export lan&amp;guage:</source>
        <translation>Taal van &amp;exports:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="114"/>
        <source>Export &amp;audience:</source>
        <translation>Exports bestemd &amp;voor:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="163"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="164"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="165"/>
        <source>Choose {what}</source>
        <translation>{what} kiezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="57"/>
        <source>Exchange folder</source>
        <translation>Uitwisselmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="60"/>
        <source>A folder your sync engine (OneDrive, Nextcloud, Syncthing, a network drive) shares with the group&apos;s laptops. Leave empty not to sync.</source>
        <translation>Een map die uw synchronisatieprogramma (OneDrive, Nextcloud, Syncthing, een netwerkschijf) deelt met de laptops van de groep. Laat leeg om niet te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="97"/>
        <source>E&amp;xchange folder:</source>
        <translation>&amp;Uitwisselmap:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="68"/>
        <source>Phone drop folder</source>
        <translation>Afgiftemap van de telefoon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="71"/>
        <source>Notes, e-mails, photos and PDFs your phone saves here (through OneDrive, Nextcloud or Syncthing) arrive in Notes to file. Empty: Inbox in the exchange folder.</source>
        <translation>Aantekeningen, e-mails, foto&apos;s en pdf&apos;s die je telefoon hier opslaat (via OneDrive, Nextcloud of Syncthing) komen in Aantekeningen verwerken. Leeg: Inbox in de uitwisselmap.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="98"/>
        <source>&amp;Phone drop folder:</source>
        <translation>Afgiftemap tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="118"/>
        <source>Language, data and backup folders take effect when the program starts again; the exchange and phone drop folders at once.</source>
        <translation>Taal, gegevensmap en back-upmap gaan in wanneer het programma opnieuw start; de uitwisselmap en de afgiftemap van de telefoon meteen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="204"/>
        <source>(none: choose an exchange folder first)</source>
        <translation>(geen: kies eerst een uitwisselmap)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="102"/>
        <source>G&amp;roup and its laptops…</source>
        <translation>G&amp;roep en haar laptops…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="109"/>
        <source>Sealed exchange:</source>
        <translation>Verzegelde uitwisseling:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="139"/>
        <source>No group: packages are not sealed.</source>
        <translation>Geen groep: pakketten worden niet verzegeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="141"/>
        <source>Group {group}, %n laptop(s)</source>
        <translation>
            <numerusform>Groep {group}, %n laptop</numerusform>
            <numerusform>Groep {group}, %n laptops</numerusform>
        </translation>
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
    <name>StageStrip</name>
    <message>
        <location filename="../../workbench/ui/home/parts.py" line="175"/>
        <source>{n} at {stage}</source>
        <translation>{n} in fase {stage}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/parts.py" line="181"/>
        <source>Stages: {stages}</source>
        <translation>Fasen: {stages}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/parts.py" line="183"/>
        <source>No objectives yet</source>
        <translation>Nog geen doelstellingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/home/parts.py" line="185"/>
        <source>Opens the objectives and the timeline</source>
        <translation>Opent de doelstellingen en de tijdlijn</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="103"/>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="104"/>
        <source>Concern raised</source>
        <translation>Zorg aangekaart</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="105"/>
        <source>Company acknowledges</source>
        <translation>Erkend door bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="106"/>
        <source>Credible plan</source>
        <translation>Geloofwaardig plan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_texts.py" line="107"/>
        <source>Implemented / achieved</source>
        <translation>Uitgevoerd / bereikt</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="27"/>
        <source>Letter to the board</source>
        <translation>Brief aan het bestuur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="28"/>
        <source>Collaborative escalation</source>
        <translation>Gezamenlijke escalatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="29"/>
        <source>Public statement</source>
        <translation>Publieke verklaring</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="30"/>
        <source>Question at the AGM</source>
        <translation>Vraag op de AVA</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="31"/>
        <source>Vote against</source>
        <translation>Tegenstemmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="32"/>
        <source>Shareholder resolution</source>
        <translation>Aandeelhoudersresolutie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="33"/>
        <source>Recommendation to divest</source>
        <translation>Advies tot desinvesteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="39"/>
        <source>Write to the chair of the board when dialogue with management stalls.</source>
        <extracomment>What each shipped step means, as ``services.stewardship.ladder.SHIPPED`` says it.</extracomment>
        <translation>Schrijf de voorzitter van de raad van bestuur aan wanneer de dialoog met het management vastloopt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="42"/>
        <source>Raise the matter together with other investors, the company&apos;s customers or an industry initiative.</source>
        <translation>Breng de zaak samen met andere beleggers, klanten van het bedrijf of een branche-initiatief aan de orde.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="47"/>
        <source>Say publicly what was asked and what the company has not done.</source>
        <translation>Maak openbaar wat er is gevraagd en wat het bedrijf heeft nagelaten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="50"/>
        <source>Ask the question at the annual general meeting.</source>
        <translation>Stel de vraag op de algemene vergadering van aandeelhouders.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="51"/>
        <source>Vote against the re-election of directors or the annual report at the AGM.</source>
        <translation>Stem op de AVA tegen de herbenoeming van bestuurders of tegen het jaarverslag.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="54"/>
        <source>File or co-file a resolution for the annual general meeting.</source>
        <translation>Dien (mede) een resolutie in voor de algemene vergadering van aandeelhouders.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/common.py" line="57"/>
        <source>Recommend the funds to sell their holdings when engagement has failed.</source>
        <translation>Adviseer de fondsen hun belang te verkopen wanneer engagement niet heeft gewerkt.</translation>
    </message>
</context>
<context>
    <name>StewardshipFeature</name>
    <message>
        <location filename="../../workbench/ui/stewardship/feature.py" line="44"/>
        <source>Interactions</source>
        <extracomment>The list pages that get a documents panel, and the kind of record each lists.</extracomment>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/feature.py" line="47"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/feature.py" line="55"/>
        <source>Escalation &amp;ladder…</source>
        <translation>Escalatie&amp;ladder…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/feature.py" line="58"/>
        <source>The steps the group takes when dialogue with a company stalls</source>
        <translation>De stappen die de werkgroep zet als de dialoog met een bedrijf vastloopt</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="72"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="78"/>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="82"/>
        <source>Merge the other laptops&apos; changes and write this one&apos;s</source>
        <translation>De wijzigingen van de andere laptops samenvoegen en die van deze laptop wegschrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="144"/>
        <source>Move the database to</source>
        <translation>Database verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="161"/>
        <source>Move the database</source>
        <translation>Database verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="167"/>
        <source>Start the workbench again to go on there.</source>
        <translation>Start de workbench opnieuw om daar verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="169"/>
        <source>Start the workbench again with --db “{path}” to go on there.</source>
        <translation>Start de workbench opnieuw met --db “{path}” om daar verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="174"/>
        <source>Database moved</source>
        <translation>Database verplaatst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_feature.py" line="175"/>
        <source>The database was copied to {target}. The workbench closes now. {how}

The old file stays in {old} until you delete it; do not open it again.</source>
        <translation>De database is gekopieerd naar {target}. De workbench sluit nu. {how}

Het oude bestand blijft in {old} staan tot u het verwijdert; open het niet meer.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="23"/>
        <source>The exchange folder is not there (is the drive connected?)</source>
        <translation>De uitwisselmap is er niet (is de schijf aangesloten?)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="26"/>
        <source>The exchange folder cannot be read</source>
        <translation>De uitwisselmap kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="27"/>
        <source>This laptop&apos;s changes could not be written to the exchange folder</source>
        <translation>De wijzigingen van deze laptop konden niet naar de uitwisselmap worden geschreven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="30"/>
        <source>Update the workbench to read {laptop}&apos;s changes</source>
        <translation>Werk de workbench bij om de wijzigingen van {laptop} te lezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="33"/>
        <source>A package from {laptop} stays unreadable; a fresh copy was asked for</source>
        <translation>Een pakket van {laptop} blijft onleesbaar; er is om een nieuwe kopie gevraagd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="36"/>
        <source>A file in {laptop}&apos;s folder was not written by that laptop</source>
        <translation>Een bestand in de map van {laptop} is niet door die laptop geschreven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="39"/>
        <source>{laptop}&apos;s changes could not be merged</source>
        <translation>De wijzigingen van {laptop} konden niet worden samengevoegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="40"/>
        <source>{laptop}&apos;s folder cannot be read</source>
        <translation>De map van {laptop} kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="44"/>
        <source>The database lies in a synced folder: move it out</source>
        <translation>De database staat in een gesynchroniseerde map: zet haar erbuiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="59"/>
        <location filename="../../workbench/ui/share/sync_status.py" line="65"/>
        <source>another laptop</source>
        <translation>een andere laptop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="80"/>
        <source>1 other laptop</source>
        <translation>1 andere laptop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="81"/>
        <source>{n} other laptops</source>
        <translation>{n} andere laptops</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="84"/>
        <source>1 conflict waiting</source>
        <translation>1 conflict wacht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="85"/>
        <source>{n} conflicts waiting</source>
        <translation>{n} conflicten wachten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="88"/>
        <source>1 change on this laptop not yet written</source>
        <translation>1 wijziging op deze laptop nog niet weggeschreven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="89"/>
        <source>{n} changes on this laptop not yet written</source>
        <translation>{n} wijzigingen op deze laptop nog niet weggeschreven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="103"/>
        <source>Sync: off</source>
        <translation>Synchronisatie: uit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="106"/>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="110"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="113"/>
        <source>Synced {time}</source>
        <translation>Gesynchroniseerd {time}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="41"/>
        <source>A package from {laptop} was refused; nothing from it was merged</source>
        <translation>Een pakket van {laptop} is geweigerd; er is niets van samengevoegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="66"/>
        <source>A package from {laptop} was refused, nothing from it merged: {reason}</source>
        <translation>Een pakket van {laptop} is geweigerd, er is niets uit samengevoegd: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="135"/>
        <source>Settle…</source>
        <translation>Regelen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="136"/>
        <source>Open the conflicts to settle them</source>
        <translation>Open de conflicten om ze te regelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="137"/>
        <source>Settle conflicts</source>
        <translation>Conflicten regelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="143"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="144"/>
        <source>Sync with the exchange folder now (F9)</source>
        <translation>Nu synchroniseren met de uitwisselmap (F9)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="167"/>
        <source>Choose an exchange folder in Tools → Settings to keep the group&apos;s laptops in step.</source>
        <translation>Kies een uitwisselmap in Extra → Instellingen om de laptops van de groep synchroon te houden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/share/sync_status.py" line="169"/>
        <source>Exchange folder: {folder}</source>
        <translation>Uitwisselmap: {folder}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../workbench/ui/followup/target_dialog.py" line="25"/>
        <source>Company details</source>
        <translation>Bedrijfsgegevens</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/target_dialog.py" line="30"/>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/target_dialog.py" line="36"/>
        <source>Chain position</source>
        <translation>Positie in de keten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/target_dialog.py" line="37"/>
        <source>Headquarters region</source>
        <translation>Regio hoofdkantoor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/target_dialog.py" line="38"/>
        <source>Why selected</source>
        <translation>Waarom gekozen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/target_dialog.py" line="45"/>
        <source>Partners exports show a text only when it is marked “Partners”; a company whose name is for the group only is called “Company A” in them.</source>
        <translation>Exports voor partners tonen een tekst alleen als die op “Partners” staat; een bedrijf waarvan de naam alleen voor de werkgroep is, heet daarin “Bedrijf A”.</translation>
    </message>
</context>
<context>
    <name>TargetDocumentsDialog</name>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="159"/>
        <source>Documents about {company}</source>
        <translation>Documenten over {company}</translation>
    </message>
</context>
<context>
    <name>TargetSection</name>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="119"/>
        <source>Objectives of {company}</source>
        <translation>Doelstellingen van {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="141"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="146"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="112"/>
        <source>Details…</source>
        <extracomment>Records whose change redraws the companies&apos; stewardship and the timeline.</extracomment>
        <translation>Gegevens…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/overview_page.py" line="114"/>
        <source>Details of {company}</source>
        <translation>Gegevens van {company}</translation>
    </message>
</context>
<context>
    <name>TargetStewardshipBar</name>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="59"/>
        <source>Escalation…</source>
        <translation>Escalatie…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="62"/>
        <source>Escalation with {company}</source>
        <translation>Escalatie bij {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="65"/>
        <source>Lead and collaborators…</source>
        <translation>Trekker en samenwerkende partijen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="68"/>
        <source>Lead and collaborators for {company}</source>
        <translation>Trekker en samenwerkende partijen bij {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="71"/>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="74"/>
        <source>Documents about {company}</source>
        <translation>Documenten over {company}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="99"/>
        <source>Lead: {name}</source>
        <translation>Trekker: {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="101"/>
        <source>Collaborating: {names}</source>
        <translation>Samenwerkend: {names}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="111"/>
        <source>Escalation: step {n} of {m}, {step}, since {date}</source>
        <translation>Escalatie: stap {n} van {m}, {step}, sinds {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="115"/>
        <source>Escalation: {step}, since {date}</source>
        <translation>Escalatie: {step}, sinds {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="118"/>
        <source>No escalation</source>
        <translation>Geen escalatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stewardship/target_bar.py" line="103"/>
        <source>{n} document(s)</source>
        <translation>{n} document(en)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="82"/>
        <source>Timeline of the engagement</source>
        <extracomment>An empty stretch longer than this is drawn as a break in the axis, so years without events (a paused engagement) do not squeeze the rest into a corner.</extracomment>
        <translation>Tijdlijn van het engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="93"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="94"/>
        <source>Company commitments</source>
        <translation>Toezeggingen bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="95"/>
        <source>Group commitments</source>
        <translation>Toezeggingen werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="96"/>
        <source>Stage changes</source>
        <translation>Fasewijzigingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="97"/>
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="98"/>
        <source>Escalation</source>
        <translation>Escalatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="240"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="59"/>
        <source>company call</source>
        <translation>gesprek met bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="61"/>
        <source>working group</source>
        <translation>werkgroep</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="63"/>
        <source>promise made</source>
        <translation>toezegging gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="65"/>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="67"/>
        <source>not kept</source>
        <translation>niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="69"/>
        <source>stage reached</source>
        <translation>fase bereikt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="71"/>
        <source>no history: as last updated</source>
        <translation>geen geschiedenis: laatste wijziging</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="73"/>
        <source>letter, call, AGM question</source>
        <translation>brief, gesprek, vraag op de AVA</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_marks.py" line="75"/>
        <source>escalation step</source>
        <translation>escalatiestap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="375"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="377"/>
        <source>Promise made</source>
        <translation>Toezegging gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="379"/>
        <source>Promise kept</source>
        <translation>Toezegging nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="381"/>
        <source>Promise not kept</source>
        <translation>Toezegging niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="383"/>
        <source>Interaction</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="386"/>
        <source>Escalation step {n}</source>
        <translation>Escalatiestap {n}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="388"/>
        <source>Escalation step</source>
        <translation>Escalatiestap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="391"/>
        <source>Stage {old} → {new}</source>
        <translation>Fase {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="395"/>
        <source>Stage {stage}</source>
        <translation>Fase {stage}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/timeline_widget.py" line="396"/>
        <source>(no history: date of the last update)</source>
        <translation>(geen geschiedenis: datum van de laatste wijziging)</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="115"/>
        <source>Engagement</source>
        <extracomment>Status filter choices: (key, statuses); the first is the default. &quot;My actions&quot; needs an &quot;I am&quot; person and none is set: the feature asks the user.</extracomment>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="116"/>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="182"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="117"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="118"/>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="177"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="119"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="120"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="123"/>
        <source>&amp;Overdue</source>
        <translation>&amp;Te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="125"/>
        <source>Due in &amp;7 days</source>
        <translation>Binnen &amp;7 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="127"/>
        <source>M&amp;y actions</source>
        <translation>&amp;Mijn acties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="130"/>
        <source>Only the open actions of the person set in Tools → I am…</source>
        <translation>Alleen de openstaande acties van wie is ingesteld bij Extra → Ik ben…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="186"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="190"/>
        <source>Set &amp;status of selected</source>
        <translation>&amp;Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="191"/>
        <source>Set the status of the selected actions</source>
        <translation>De status van de gekozen acties instellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="227"/>
        <source>All engagements</source>
        <translation>Alle engagementen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="228"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="229"/>
        <source>Any organisation</source>
        <translation>Elke organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="312"/>
        <source>{n} overdue</source>
        <translation>{n} te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="316"/>
        <source>{open} open · {overdue} · {soon} due in the next 7 days</source>
        <translation>{open} open · {overdue} · {soon} met deadline binnen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="332"/>
        <location filename="../../workbench/ui/followup/tracker_page.py" line="347"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/followup/tracker_page.py" line="350"/>
        <source>%n action(s) set to {status}.</source>
        <translation>
            <numerusform>%n actie op {status} gezet.</numerusform>
            <numerusform>%n acties op {status} gezet.</numerusform>
        </translation>
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
