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
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/exchange_dialogs.py" line="200"/>
        <source>Wrote %n record(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %n record to {path}.</numerusform>
            <numerusform>Wrote %n records to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="150"/>
        <source>%n problem(s) in the workbook: nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem in the workbook: nothing can be imported until they are fixed.</numerusform>
            <numerusform>%n problems in the workbook: nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="160"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="161"/>
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n new action</numerusform>
            <numerusform>%n new actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/share/import_dialog.py" line="192"/>
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
        <location filename="../../workbench/ui/lists/list_page.py" line="293"/>
        <source>Delete %n selected record(s)?</source>
        <translation>
            <numerusform>Delete %n selected record?</numerusform>
            <numerusform>Delete %n selected records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/meetings/template_dialogs.py" line="59"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/followup/tracker_page.py" line="349"/>
        <source>%n action(s) set to {status}.</source>
        <translation>
            <numerusform>%n action set to {status}.</numerusform>
            <numerusform>%n actions set to {status}.</numerusform>
        </translation>
    </message>
</context>
</TS>
