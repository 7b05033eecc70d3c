<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="66"/>
        <source>Create an engagement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="70"/>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="77"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="86"/>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="91"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="100"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="174"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="197"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="218"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="106"/>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="114"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="136"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="115"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="116"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="149"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="172"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="194"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="117"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="118"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="119"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="127"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="137"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="138"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="216"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="139"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="142"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="144"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="146"/>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="147"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="148"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="158"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="167"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="168"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="169"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="170"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="192"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="171"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="193"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="173"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="182"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="191"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="195"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="196"/>
        <location filename="../../workbench/ui/pages/main_pages.py" line="205"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="214"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="215"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/main_pages.py" line="217"/>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../workbench/ui/about.py" line="19"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/about.py" line="30"/>
        <source>Version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/about.py" line="32"/>
        <source>Prepare, chair and follow up engagement meetings on human rights in supply chains, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/about.py" line="35"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/about.py" line="37"/>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="22"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="23"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="24"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="26"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="27"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="28"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="39"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/actions_model.py" line="66"/>
        <source>Overdue: past its due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="72"/>
        <source>#</source>
        <extracomment>What each editable column writes (the link column writes objective_id and target_id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="73"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="74"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="75"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="76"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="77"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="78"/>
        <source>Objective or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/agenda_model.py" line="79"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/app.py" line="31"/>
        <source>Something went wrong: {e}

Your data is saved. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOverPanel</name>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="52"/>
        <source>Open actions and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="57"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="60"/>
        <source>New due date (2024-06-30, +14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="61"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="64"/>
        <source>Short note for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="65"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="68"/>
        <source>&amp;Record update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="77"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="105"/>
        <source>{n} open from earlier meetings, {o} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="109"/>
        <source>Nothing open from earlier meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="118"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="118"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="126"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="127"/>
        <source>OVERDUE, {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="166"/>
        <source>Not recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/carry_over_panel.py" line="170"/>
        <source>Recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="21"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="22"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="23"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="24"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="26"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="27"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/commitments_model.py" line="40"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementsModel</name>
    <message>
        <location filename="../../workbench/ui/models/engagements_model.py" line="19"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/engagements_model.py" line="20"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/engagements_model.py" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/engagements_model.py" line="22"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/ui/labels.py" line="11"/>
        <source>Working group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="12"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="14"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="15"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="16"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="17"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="18"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="19"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="20"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="21"/>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="22"/>
        <source>Not fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="23"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="24"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="25"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="26"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="27"/>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="29"/>
        <source>Working-group meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="30"/>
        <source>Company call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="31"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="33"/>
        <source>By the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="34"/>
        <source>By the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="36"/>
        <source>Inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="37"/>
        <source>Discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="38"/>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="40"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="41"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="42"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="43"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="44"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="45"/>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="46"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="48"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="49"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="50"/>
        <source>Partially achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="51"/>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="52"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="54"/>
        <source>Pension fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="55"/>
        <source>Asset manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="56"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="57"/>
        <source>Trade union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="58"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="59"/>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="60"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="61"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="63"/>
        <source>Brand / OEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="64"/>
        <source>Tier-1 supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="65"/>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="66"/>
        <source>Trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="67"/>
        <source>Mine / origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="69"/>
        <source>Filter (type any words)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="70"/>
        <source>Filter {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="76"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="78"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="84"/>
        <source>{title} list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="176"/>
        <source>{n} shown of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="178"/>
        <source>{n} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/list_page.py" line="219"/>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="59"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="69"/>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="70"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="71"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="72"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="73"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="88"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="156"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="157"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="158"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="161"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="163"/>
        <source>Add a record to the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="174"/>
        <source>&amp;Filter this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="184"/>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="212"/>
        <source>Loading the demo case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="221"/>
        <source>Demo case loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="225"/>
        <source>Could not load the demo: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../workbench/ui/models/meetings_model.py" line="19"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/meetings_model.py" line="20"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/meetings_model.py" line="21"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/meetings_model.py" line="22"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/meetings_model.py" line="23"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/meetings_model.py" line="24"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="13"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="14"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="22"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="23"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="24"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="25"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="26"/>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/notes_model.py" line="27"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../workbench/ui/forms.py" line="89"/>
        <source>Form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/forms.py" line="204"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/forms.py" line="207"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="16"/>
        <source>&lt;h1&gt;Welcome to the Engagement Workbench&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="19"/>
        <source>This database is empty. Load the demo case — a working group engaging a car maker and a parts supplier on child labour in mica mining — to look around, or start your own engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="25"/>
        <source>Load the &amp;demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="27"/>
        <source>Load the demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="29"/>
        <source>Start a &amp;new engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="31"/>
        <source>Start a new engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
