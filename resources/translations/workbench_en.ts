<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CapturedPanel</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/captured_panel.py" line="69"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/captured_panel.py" line="70"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/captured_panel.py" line="71"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChairSummaryView</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="169"/>
        <source>%n item(s) over time</source>
        <translation>
            <numerusform>%n item over time</numerusform>
            <numerusform>%n items over time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="198"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="205"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/summary_view.py" line="207"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/countdown.py" line="124"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/countdown.py" line="128"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/chair/countdown.py" line="132"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/cycle/panel.py" line="102"/>
        <source>%n export(s) sent by e-mail draft.</source>
        <translation>
            <numerusform>%n export sent by e-mail draft.</numerusform>
            <numerusform>%n exports sent by e-mail draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropFeature</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="229"/>
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n new note</numerusform>
            <numerusform>%n new notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="231"/>
        <source>%n file(s) still arriving</source>
        <translation>
            <numerusform>%n file still arriving</numerusform>
            <numerusform>%n files still arriving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="235"/>
        <source>%n file(s) in Problems (the reason is beside each)</source>
        <translation>
            <numerusform>%n file in Problems (the reason is beside it)</numerusform>
            <numerusform>%n files in Problems (the reason is beside each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="240"/>
        <source>%n other file(s) left alone</source>
        <translation>
            <numerusform>%n other file left alone</numerusform>
            <numerusform>%n other files left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/capture/drop_feature.py" line="251"/>
        <source>%n new note(s) from the phone in Notes to file</source>
        <translation>
            <numerusform>%n new note from the phone in Notes to file</numerusform>
            <numerusform>%n new notes from the phone in Notes to file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="236"/>
        <source>Wrote %n record(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %n record to {path}.</numerusform>
            <numerusform>Wrote %n records to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="139"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="149"/>
        <source>%n invited</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="187"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="188"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="195"/>
        <source>The agenda runs %n minute(s) over</source>
        <translation>
            <numerusform>The agenda runs %n minute over</numerusform>
            <numerusform>The agenda runs %n minutes over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="199"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="217"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="219"/>
        <source>%n promised by the company</source>
        <translation>
            <numerusform>%n promised by the company</numerusform>
            <numerusform>%n promised by the company</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="221"/>
        <source>%n promised by the working group</source>
        <translation>
            <numerusform>%n promised by the working group</numerusform>
            <numerusform>%n promised by the working group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="235"/>
        <source>All %n overdue action(s) in the tracker</source>
        <translation>
            <numerusform>All %n overdue action in the tracker</numerusform>
            <numerusform>All %n overdue actions in the tracker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="250"/>
        <source>… and %n more engagement(s) with overdue items</source>
        <translation>
            <numerusform>… and %n more engagement with overdue items</numerusform>
            <numerusform>… and %n more engagements with overdue items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="309"/>
        <source>All %n of my open actions in the tracker</source>
        <translation>
            <numerusform>All %n of my open actions in the tracker</numerusform>
            <numerusform>All %n of my open actions in the tracker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="333"/>
        <source>File them now (%n)</source>
        <translation>
            <numerusform>File them now (%n)</numerusform>
            <numerusform>File them now (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="353"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/home/cards.py" line="375"/>
        <source>%n conflict(s) waiting: settle them</source>
        <translation>
            <numerusform>%n conflict waiting: settle them</numerusform>
            <numerusform>%n conflicts waiting: settle them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="151"/>
        <source>%n problem(s) in the workbook: nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem in the workbook: nothing can be imported until they are fixed.</numerusform>
            <numerusform>%n problems in the workbook: nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="161"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="162"/>
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n new action</numerusform>
            <numerusform>%n new actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="193"/>
        <source>Imported %n change(s).</source>
        <translation>
            <numerusform>Imported %n change.</numerusform>
            <numerusform>Imported %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/lists/list_page.py" line="303"/>
        <source>Delete %n selected record(s)?</source>
        <translation>
            <numerusform>Delete %n selected record?</numerusform>
            <numerusform>Delete %n selected records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavCounter</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/shell/navigation.py" line="400"/>
        <location filename="../../workbench/ui/shell/navigation.py" line="406"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/shell/navigation.py" line="411"/>
        <source>%n to file</source>
        <translation>
            <numerusform>%n to file</numerusform>
            <numerusform>%n to file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="60"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/shell/settings_dialog.py" line="141"/>
        <source>Group {group}, %n laptop(s)</source>
        <translation>
            <numerusform>Group {group}, %n laptop</numerusform>
            <numerusform>Group {group}, %n laptops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/followup/tracker_page.py" line="350"/>
        <source>%n action(s) set to {status}.</source>
        <translation>
            <numerusform>%n action set to {status}.</numerusform>
            <numerusform>%n actions set to {status}.</numerusform>
        </translation>
    </message>
</context>
</TS>
