<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminPin</name>
    <message>
        <location filename="../../db/AdminPin.cpp" line="40"/>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>The PIN must be %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../db/AdminPin.cpp" line="46"/>
        <source>The PIN could not be stored (out of memory).</source>
        <translation>The PIN could not be stored (out of memory).</translation>
    </message>
    <message>
        <location filename="../../db/AdminPin.cpp" line="74"/>
        <source>No admin PIN has been set.</source>
        <translation>No admin PIN has been set.</translation>
    </message>
    <message>
        <location filename="../../db/AdminPin.cpp" line="82"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Too many wrong PINs. Try again after %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../db/AuditLog.cpp" line="141"/>
        <source>The number of audit entries to show must be between 1 and %1.</source>
        <translation>The number of audit entries to show must be between 1 and %1.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="216"/>
        <source>Audit entry %1 was altered: its contents no longer match its hash.</source>
        <translation>Audit entry %1 was altered: its contents no longer match its hash.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="225"/>
        <source>Audit entries were reordered: entry %1 belongs after entry %2.</source>
        <translation>Audit entries were reordered: entry %1 belongs after entry %2.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="231"/>
        <source>Audit entries were inserted after entry %1: entry %2 links to it, not to entry %3 before it.</source>
        <translation>Audit entries were inserted after entry %1: entry %2 links to it, not to entry %3 before it.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="239"/>
        <source>Audit entry %1 was altered: entry %2 after it no longer links to it.</source>
        <translation>Audit entry %1 was altered: entry %2 after it no longer links to it.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="244"/>
        <source>The oldest audit entries were removed: entry %1, the first left, does not begin the log.</source>
        <translation>The oldest audit entries were removed: entry %1, the first left, does not begin the log.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="248"/>
        <source>Audit entries were removed between entries %1 and %2: the chain is broken there.</source>
        <translation>Audit entries were removed between entries %1 and %2: the chain is broken there.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="264"/>
        <source>The record of the newest audit entry is missing: entries after entry %1 may have been removed.</source>
        <translation>The record of the newest audit entry is missing: entries after entry %1 may have been removed.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="270"/>
        <source>The record of the newest audit entry is damaged.</source>
        <translation>The record of the newest audit entry is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="275"/>
        <source>Every audit entry was removed: the log is empty, but entry %1 was written.</source>
        <translation>Every audit entry was removed: the log is empty, but entry %1 was written.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="278"/>
        <source>The newest audit entry, %1, was removed: the log ends at entry %2.</source>
        <translation>The newest audit entry, %1, was removed: the log ends at entry %2.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="282"/>
        <source>The newest audit entries, %1 to %2, were removed: the log ends at entry %3.</source>
        <translation>The newest audit entries, %1 to %2, were removed: the log ends at entry %3.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="295"/>
        <source>Audit entry %1 was added outside Besuk: the newest entry Besuk wrote is %2.</source>
        <translation>Audit entry %1 was added outside Besuk: the newest entry Besuk wrote is %2.</translation>
    </message>
    <message>
        <location filename="../../db/AuditLog.cpp" line="301"/>
        <source>Audit entry %1 was altered: it no longer matches the record of the newest entry.</source>
        <translation>Audit entry %1 was altered: it no longer matches the record of the newest entry.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../../db/BackupService.cpp" line="42"/>
        <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore, as docs/deployment.md describes (Backups).</source>
        <translation>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore, as docs/deployment.md describes (Backups).</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="93"/>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="98"/>
        <source>The file %1 cannot be opened as a database: %2</source>
        <translation>The file %1 cannot be opened as a database: %2</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="142"/>
        <source>Keep at least one backup.</source>
        <translation>Keep at least one backup.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="148"/>
        <location filename="../../db/BackupService.cpp" line="253"/>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="155"/>
        <source>The backup %1 already exists.</source>
        <translation>The backup %1 already exists.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="165"/>
        <source>The backup could not be started in %1: %2</source>
        <translation>The backup could not be started in %1: %2</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="184"/>
        <source>The backup copy could not be finished. No backup was made.</source>
        <translation>The backup copy could not be finished. No backup was made.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="191"/>
        <source>The backup copy could not be written to disk.</source>
        <translation>The backup copy could not be written to disk.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="196"/>
        <source>The backup copy failed its check. No backup was made.</source>
        <translation>The backup copy failed its check. No backup was made.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="199"/>
        <source>The backup could not be named %1.</source>
        <translation>The backup could not be named %1.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="240"/>
        <source>The backup and the database are the same file.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="245"/>
        <source>The backup %1 is damaged (%2). Nothing was restored.</source>
        <translation>The backup %1 is damaged (%2). Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="249"/>
        <source>The file %1 holds no Besuk facility. Nothing was restored.</source>
        <translation>The file %1 holds no Besuk facility. Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="262"/>
        <source>The backup could not be copied to %1: %2</source>
        <translation>The backup could not be copied to %1: %2</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="271"/>
        <location filename="../../db/BackupService.cpp" line="277"/>
        <source>The backup could not be copied to %1.</source>
        <translation>The backup could not be copied to %1.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="282"/>
        <source>The restored copy could not be written to disk.</source>
        <translation>The restored copy could not be written to disk.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="289"/>
        <source>%1 could not be removed. Stop every station that uses the database, then try again.</source>
        <translation>%1 could not be removed. Stop every station that uses the database, then try again.</translation>
    </message>
    <message>
        <location filename="../../db/BackupService.cpp" line="300"/>
        <source>The restored copy could not replace %1: %2</source>
        <translation>The restored copy could not replace %1: %2</translation>
    </message>
</context>
<context>
    <name>BanStore</name>
    <message>
        <location filename="../../db/BanStore.cpp" line="45"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../db/BanStore.cpp" line="49"/>
        <source>Please give the reason for the ban.</source>
        <translation>Please give the reason for the ban.</translation>
    </message>
    <message>
        <location filename="../../db/BanStore.cpp" line="52"/>
        <source>The ban&apos;s end must be in the future.</source>
        <translation>The ban&apos;s end must be in the future.</translation>
    </message>
    <message>
        <location filename="../../db/BanStore.cpp" line="80"/>
        <source>There is no ban in force with this number.</source>
        <translation>There is no ban in force with this number.</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <location filename="../../db/CallService.cpp" line="54"/>
        <location filename="../../db/CallService.cpp" line="270"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="57"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="70"/>
        <source>%1 has already been admitted.</source>
        <translation>%1 has already been admitted.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="72"/>
        <source>%1 has already visited and left.</source>
        <translation>%1 has already visited and left.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="74"/>
        <source>%1 was refused entry.</source>
        <translation>%1 was refused entry.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="76"/>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="116"/>
        <source>No one is waiting.</source>
        <translation>No one is waiting.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="125"/>
        <source>Other gates kept calling at the same moment. Please try again.</source>
        <translation>Other gates kept calling at the same moment. Please try again.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="135"/>
        <source>Gate %1 has no number to call again.</source>
        <translation>Gate %1 has no number to call again.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="163"/>
        <source>The call could not be recorded. Please try again.</source>
        <translation>The call could not be recorded. Please try again.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="173"/>
        <source>%1 was already skipped.</source>
        <translation>%1 was already skipped.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="186"/>
        <source>Gate %1 has no number being called.</source>
        <translation>Gate %1 has no number being called.</translation>
    </message>
    <message>
        <location filename="../../db/CallService.cpp" line="249"/>
        <source>The number of calls to show must be between 1 and %1.</source>
        <translation>The number of calls to show must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../app/cli/ExportCommands.cpp" line="35"/>
        <source>--format is csv, xlsx or pdf.</source>
        <translation>--format is csv, xlsx or pdf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PrintCommands.cpp" line="82"/>
        <source>--lang is id or en.</source>
        <translation>--lang is id or en.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PrintCommands.cpp" line="66"/>
        <source>--dots needs a number of dots from 8 to 2048.</source>
        <translation>--dots needs a number of dots from 8 to 2048.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PrintCommands.cpp" line="115"/>
        <source>Ticket %1 was not printed: %2</source>
        <translation>Ticket %1 was not printed: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="133"/>
        <source>--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00.</source>
        <translation>--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00.</translation>
    </message>
    <message>
        <location filename="../../app/cli/SetupCommands.cpp" line="50"/>
        <source>The file %1 is not a JSON object.</source>
        <translation>The file %1 is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UserCommands.cpp" line="86"/>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="121"/>
        <source>The audit log is not intact: %1</source>
        <translation>The audit log is not intact: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VisitCommands.cpp" line="37"/>
        <source>There is no ticket %1 on %2.</source>
        <translation>There is no ticket %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PrintCommands.cpp" line="60"/>
        <source>--paper is 58mm, 80mm or a6.</source>
        <translation>--paper is 58mm, 80mm or a6.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="237"/>
        <source>%1 (see besuk-cli --help)</source>
        <translation>%1 (see besuk-cli --help)</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="116"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="117"/>
        <source>&quot;%1&quot; needs one more word: %2.</source>
        <translation>&quot;%1&quot; needs one more word: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="124"/>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>unknown option &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="128"/>
        <source>the option %1 takes no value.</source>
        <translation>the option %1 takes no value.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="129"/>
        <source>the option %1 needs a value.</source>
        <translation>the option %1 needs a value.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Cli.cpp" line="300"/>
        <source>usage: %1</source>
        <translation>usage: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommands.cpp" line="62"/>
        <source>Rows rejected: %1; nothing was imported. Correct them, or import the other rows with --partial.</source>
        <translation>Rows rejected: %1; nothing was imported. Correct them, or import the other rows with --partial.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommands.cpp" line="66"/>
        <source>Rows rejected: %1; the other rows were imported.</source>
        <translation>Rows rejected: %1; the other rows were imported.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="75"/>
        <location filename="../../app/cli/CallCommands.cpp" line="121"/>
        <source>--limit needs a whole number from 1 to %1.</source>
        <translation>--limit needs a whole number from 1 to %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="81"/>
        <source>--before needs an entry id (a whole number from 1).</source>
        <translation>--before needs an entry id (a whole number from 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="94"/>
        <source>--from needs a date like 2025-12-27 or a time like 2025-12-27T09:30.</source>
        <translation>--from needs a date like 2025-12-27 or a time like 2025-12-27T09:30.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="100"/>
        <source>--to needs a date like 2025-12-27 or a time like 2025-12-27T17:00.</source>
        <translation>--to needs a date like 2025-12-27 or a time like 2025-12-27T17:00.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CallCommands.cpp" line="71"/>
        <source>call next needs --gate and --officer.</source>
        <translation>call next needs --gate and --officer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CallCommands.cpp" line="76"/>
        <location filename="../../app/cli/GateCommands.cpp" line="63"/>
        <source>--service is visit or deposit.</source>
        <translation>--service is visit or deposit.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CallCommands.cpp" line="94"/>
        <source>call %1 needs --gate and --officer.</source>
        <translation>call %1 needs --gate and --officer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommands.cpp" line="29"/>
        <source>--output FILE is required.</source>
        <translation>--output FILE is required.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommands.cpp" line="42"/>
        <source>--from needs a date like 2025-12-27.</source>
        <translation>--from needs a date like 2025-12-27.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommands.cpp" line="47"/>
        <source>--to needs a date like 2025-12-27.</source>
        <translation>--to needs a date like 2025-12-27.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="44"/>
        <source>register needs --inmate and at least one --adult NIK:NAME.</source>
        <translation>register needs --inmate and at least one --adult NIK:NAME.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="51"/>
        <source>--adult needs NIK:NAME, e.g. --adult &quot;6471050501900003:Budi Santoso&quot;.</source>
        <translation>--adult needs NIK:NAME, e.g. --adult &quot;6471050501900003:Budi Santoso&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="58"/>
        <source>--children needs a whole number from 0.</source>
        <translation>--children needs a whole number from 0.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="95"/>
        <source>inspect needs --officer and --outcome.</source>
        <translation>inspect needs --officer and --outcome.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="100"/>
        <source>--outcome is cleared or refused.</source>
        <translation>--outcome is cleared or refused.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="105"/>
        <source>--phase is entry or exit.</source>
        <translation>--phase is entry or exit.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="113"/>
        <source>--item needs DESCRIPTION|DISPOSITION[|TAG], e.g. &quot;Phone|deposited|L-12&quot;.</source>
        <translation>--item needs DESCRIPTION|DISPOSITION[|TAG], e.g. &quot;Phone|deposited|L-12&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="135"/>
        <source>admit needs --officer.</source>
        <translation>admit needs --officer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GateCommands.cpp" line="146"/>
        <source>checkout needs --officer.</source>
        <translation>checkout needs --officer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PrintCommands.cpp" line="76"/>
        <source>print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100.</source>
        <translation>print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PrintCommands.cpp" line="79"/>
        <source>--printer is system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>--printer is system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="58"/>
        <source>DAYS is a whole number of days, e.g. 365.</source>
        <translation>DAYS is a whole number of days, e.g. 365.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="72"/>
        <source>--days needs a whole number of days.</source>
        <translation>--days needs a whole number of days.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="119"/>
        <source>person erase removes the person&apos;s name and NIK for good; add --yes to confirm.</source>
        <translation>person erase removes the person&apos;s name and NIK for good; add --yes to confirm.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="143"/>
        <source>--keep needs a whole number of at least 1.</source>
        <translation>--keep needs a whole number of at least 1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="177"/>
        <source>restore replaces the database %1; stop every station that uses it, then add --yes.</source>
        <translation>restore replaces the database %1; stop every station that uses it, then add --yes.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="195"/>
        <source>purge needs --before YYYY-MM-DD.</source>
        <translation>purge needs --before YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RetentionCommands.cpp" line="198"/>
        <source>--before needs a date like 2025-12-01.</source>
        <translation>--before needs a date like 2025-12-01.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommands.cpp" line="27"/>
        <source>inmate add needs --number and --name.</source>
        <translation>inmate add needs --number and --name.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommands.cpp" line="104"/>
        <source>ban add needs --nik and --reason.</source>
        <translation>ban add needs --nik and --reason.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommands.cpp" line="112"/>
        <source>--until needs a date like 2026-06-30.</source>
        <translation>--until needs a date like 2026-06-30.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RosterCommands.cpp" line="139"/>
        <source>ban lift needs the ban&apos;s id (see ban list).</source>
        <translation>ban lift needs the ban&apos;s id (see ban list).</translation>
    </message>
    <message>
        <location filename="../../app/cli/TallyCommands.cpp" line="22"/>
        <source>--format is json or csv.</source>
        <translation>--format is json or csv.</translation>
    </message>
    <message>
        <location filename="../../app/cli/TallyCommands.cpp" line="27"/>
        <location filename="../../app/cli/VisitCommands.cpp" line="24"/>
        <source>--date needs a date like 2025-12-27.</source>
        <translation>--date needs a date like 2025-12-27.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UserCommands.cpp" line="91"/>
        <source>give the PIN or password on the first line of standard input, or with --pin-file FILE.</source>
        <translation>give the PIN or password on the first line of standard input, or with --pin-file FILE.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UserCommands.cpp" line="104"/>
        <source>user add needs --name and --role.</source>
        <translation>user add needs --name and --role.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UserCommands.cpp" line="107"/>
        <source>--role is guard, staff or admin.</source>
        <translation>--role is guard, staff or admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UserCommands.cpp" line="155"/>
        <source>ROLE is guard, staff or admin.</source>
        <translation>ROLE is guard, staff or admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/VisitCommands.cpp" line="19"/>
        <source>visit cancel needs --reason.</source>
        <translation>visit cancel needs --reason.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../db/Csv.cpp" line="114"/>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <location filename="../../db/Csv.cpp" line="128"/>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Line %1: unexpected text after a closing quote.</translation>
    </message>
    <message>
        <location filename="../../db/Csv.cpp" line="164"/>
        <location filename="../../db/InmateStore.cpp" line="239"/>
        <location filename="../../db/InmateStore.cpp" line="267"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Line %1: the text is not valid UTF-8.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../db/Database.cpp" line="76"/>
        <source>There is no Besuk database at %1. Create one with &quot;besuk-cli init&quot;.</source>
        <translation>There is no Besuk database at %1. Create one with &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="78"/>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="85"/>
        <source>The database %1 could not be created: %2</source>
        <translation>The database %1 could not be created: %2</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="98"/>
        <location filename="../../db/Database.cpp" line="216"/>
        <source>The database %1 could not be opened: %2</source>
        <translation>The database %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="112"/>
        <source>&quot;%1&quot; is not a PostgreSQL address like postgresql://besuk@server:5432/besuk.</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address like postgresql://besuk@server:5432/besuk.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="137"/>
        <source>The database server has no database &quot;%1&quot;. See docs/deployment.md.</source>
        <translation>The database server has no database &quot;%1&quot;. See docs/deployment.md.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="146"/>
        <source>The database %1 holds no Besuk data yet. Create it with &quot;besuk-cli init&quot;.</source>
        <translation>The database %1 holds no Besuk data yet. Create it with &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="166"/>
        <source>The database server at %1 cannot be reached: %2</source>
        <translation>The database server at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="199"/>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation>The database %1 cannot use write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="362"/>
        <source>Another station was saving at the same moment. Please try again.</source>
        <translation>Another station was saving at the same moment. Please try again.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="368"/>
        <source>The database server cannot be reached. Check the network and the server; nothing was saved.</source>
        <translation>The database server cannot be reached. Check the network and the server; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="374"/>
        <source>This station&apos;s database account may not do this. See docs/deployment.md.</source>
        <translation>This station&apos;s database account may not do this. See docs/deployment.md.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="377"/>
        <source>The database server&apos;s disk is full. Nothing was saved.</source>
        <translation>The database server&apos;s disk is full. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="388"/>
        <source>The database is busy in another program. Please try again in a moment.</source>
        <translation>The database is busy in another program. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="390"/>
        <source>The disk holding the database is full. Nothing was saved.</source>
        <translation>The disk holding the database is full. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="396"/>
        <source>The database is read-only here. Nothing was saved.</source>
        <translation>The database is read-only here. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="399"/>
        <source>The database %1 cannot be written: the file or its folder is read-only, or the disk has failed. Nothing was saved.</source>
        <translation>The database %1 cannot be written: the file or its folder is read-only, or the disk has failed. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="427"/>
        <source>The database %1 is damaged. Besuk will not work on it. There is no backup in %2: ask the administrator for the latest backup.</source>
        <translation>The database %1 is damaged. Besuk will not work on it. There is no backup in %2: ask the administrator for the latest backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="430"/>
        <source>The database %1 is damaged. Besuk will not work on it. The latest backup is %2; to restore it, stop every station and run: besuk-cli --db %1 restore %2 --yes</source>
        <translation>The database %1 is damaged. Besuk will not work on it. The latest backup is %2; to restore it, stop every station and run: besuk-cli --db %1 restore %2 --yes</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="164"/>
        <source>the user name or password was refused</source>
        <translation>the user name or password was refused</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="165"/>
        <source>check the network, the server and the address</source>
        <translation>check the network, the server and the address</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="25"/>
        <source>The database reported an unexpected error.</source>
        <translation>The database reported an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="26"/>
        <source>The database reported an unexpected error (code %1).</source>
        <translation>The database reported an unexpected error (code %1).</translation>
    </message>
</context>
<context>
    <name>DemoFacility</name>
    <message>
        <location filename="../../app/gui/DemoFacility.cpp" line="20"/>
        <source>Could not make a temporary folder for the demo.</source>
        <translation>Could not make a temporary folder for the demo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/DemoFacility.cpp" line="33"/>
        <source>The demo roster is missing from the program.</source>
        <translation>The demo roster is missing from the program.</translation>
    </message>
</context>
<context>
    <name>EscPosPrinter</name>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="96"/>
        <source>paper out</source>
        <translation>paper out</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="98"/>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="100"/>
        <source>cutter error</source>
        <translation>cutter error</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="102"/>
        <source>unrecoverable error</source>
        <translation>unrecoverable error</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="104"/>
        <source>print head too hot or wrong voltage</source>
        <translation>print head too hot or wrong voltage</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="106"/>
        <source>printer error</source>
        <translation>printer error</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="108"/>
        <source>paper being fed with the button</source>
        <translation>paper being fed with the button</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="110"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="116"/>
        <source>No device or network address is set for the ESC/POS printer.</source>
        <translation>No device or network address is set for the ESC/POS printer.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="156"/>
        <source>The printer %1 gave no answer to the status request within %2 s (if this printer never answers, turn the status question off).</source>
        <translation>The printer %1 gave no answer to the status request within %2 s (if this printer never answers, turn the status question off).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="163"/>
        <source>The printer %1 answered the status request with 0x%2, which is not a status.</source>
        <translation>The printer %1 answered the status request with 0x%2, which is not a status.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosPrinter.cpp" line="140"/>
        <source>The printer %1 reports: %2.</source>
        <translation>The printer %1 reports: %2.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="93"/>
        <source>The printer&apos;s address %1 is not known.</source>
        <translation>The printer&apos;s address %1 is not known.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="245"/>
        <source>The printer at %1 refused the connection: is it switched on, and is the address right?</source>
        <translation>The printer at %1 refused the connection: is it switched on, and is the address right?</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="249"/>
        <source>The printer at %1 did not accept the connection within %2 s.</source>
        <translation>The printer at %1 did not accept the connection within %2 s.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="257"/>
        <source>The printer at %1 cannot be reached from this computer: is the network cable plugged in, and is the address on this network?</source>
        <translation>The printer at %1 cannot be reached from this computer: is the network cable plugged in, and is the address on this network?</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="261"/>
        <source>The printer at %1 cannot be reached (system error %2).</source>
        <translation>The printer at %1 cannot be reached (system error %2).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="152"/>
        <source>The printer at %1 closed the connection before the ticket was done.</source>
        <translation>The printer at %1 closed the connection before the ticket was done.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="302"/>
        <source>The printer at %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</source>
        <translation>The printer at %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="320"/>
        <source>The printer at %1 broke off the connection after %2 of %3 bytes (was it switched off or restarted?).</source>
        <translation>The printer at %1 broke off the connection after %2 of %3 bytes (was it switched off or restarted?).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="323"/>
        <source>The connection to the printer at %1 was lost after %2 of %3 bytes (system error %4).</source>
        <translation>The connection to the printer at %1 was lost after %2 of %3 bytes (system error %4).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="467"/>
        <source>The printer device %1 is not there: is the printer plugged in and switched on?</source>
        <translation>The printer device %1 is not there: is the printer plugged in and switched on?</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="472"/>
        <source>This user may not use the printer device %1 (on Debian: add the user to the &quot;lp&quot; group).</source>
        <translation>This user may not use the printer device %1 (on Debian: add the user to the &quot;lp&quot; group).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="476"/>
        <source>The printer device %1 is in use by another program.</source>
        <translation>The printer device %1 is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="478"/>
        <source>The printer device %1 cannot be opened (system error %2).</source>
        <translation>The printer device %1 cannot be opened (system error %2).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="493"/>
        <source>Writing to the printer device %1 failed after %2 of %3 bytes (system error %4).</source>
        <translation>Writing to the printer device %1 failed after %2 of %3 bytes (system error %4).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="491"/>
        <source>The printer device %1 is out of paper.</source>
        <translation>The printer device %1 is out of paper.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="500"/>
        <source>The printer device %1 went away while printing.</source>
        <translation>The printer device %1 went away while printing.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="504"/>
        <source>The printer device %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</source>
        <translation>The printer device %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="431"/>
        <source>Reading from the printer device %1 failed (system error %2).</source>
        <translation>Reading from the printer device %1 failed (system error %2).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/EscPosLink.cpp" line="206"/>
        <source>The printer at %1 took the whole ticket, then broke off the connection before printing it (was it switched off or restarted?).</source>
        <translation>The printer at %1 took the whole ticket, then broke off the connection before printing it (was it switched off or restarted?).</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <location filename="../../db/Facility.cpp" line="31"/>
        <source>Facility name</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="35"/>
        <source>Please give the facility a name.</source>
        <translation>Please give the facility a name.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="54"/>
        <source>&quot;%1&quot; is not a time zone this computer knows. Use a name like Asia/Makassar.</source>
        <translation>&quot;%1&quot; is not a time zone this computer knows. Use a name like Asia/Makassar.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="61"/>
        <source>This database already belongs to a facility.</source>
        <translation>This database already belongs to a facility.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="65"/>
        <source>A key file already exists at %1. Move it away or choose another key location.</source>
        <translation>A key file already exists at %1. Move it away or choose another key location.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="115"/>
        <source>This database has no facility yet. Create one with &quot;besuk-cli init&quot;.</source>
        <translation>This database has no facility yet. Create one with &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="124"/>
        <source>The facility settings in this database are damaged.</source>
        <translation>The facility settings in this database are damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="128"/>
        <source>The facility&apos;s rules in this database are damaged.</source>
        <translation>The facility&apos;s rules in this database are damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Facility.cpp" line="144"/>
        <source>The key file %1 belongs to another facility. Tickets cannot be signed with it.</source>
        <translation>The key file %1 belongs to another facility. Tickets cannot be signed with it.</translation>
    </message>
</context>
<context>
    <name>FacilityKey</name>
    <message>
        <location filename="../../db/FacilityKey.cpp" line="119"/>
        <source>The facility key file %1 does not exist.</source>
        <translation>The facility key file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/FacilityKey.cpp" line="123"/>
        <source>The facility key file %1 cannot be read: %2</source>
        <translation>The facility key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../db/FacilityKey.cpp" line="132"/>
        <source>The facility key file %1 is not a valid Besuk key file.</source>
        <translation>The facility key file %1 is not a valid Besuk key file.</translation>
    </message>
    <message>
        <location filename="../../db/FacilityKey.cpp" line="162"/>
        <source>The facility key file %1 is damaged: its public key does not match its secret key.</source>
        <translation>The facility key file %1 is damaged: its public key does not match its secret key.</translation>
    </message>
    <message>
        <location filename="../../db/FacilityKey.cpp" line="171"/>
        <source>The facility key could not be saved to %1: %2</source>
        <translation>The facility key could not be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../db/FacilityKey.cpp" line="176"/>
        <source>the folder %1 cannot be created.</source>
        <translation>the folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../db/FileProblem.cpp" line="11"/>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="13"/>
        <location filename="../../db/FileProblem.cpp" line="25"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="15"/>
        <location filename="../../db/FileProblem.cpp" line="27"/>
        <source>permission is denied</source>
        <translation>permission is denied</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="16"/>
        <source>the disk or its file system reported an error</source>
        <translation>the disk or its file system reported an error</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="23"/>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="28"/>
        <source>the disk may be full or has failed</source>
        <translation>the disk may be full or has failed</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="33"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>The file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <location filename="../../db/FileProblem.cpp" line="39"/>
        <source>The file %1 could not be written: %2.</source>
        <translation>The file %1 could not be written: %2.</translation>
    </message>
</context>
<context>
    <name>GateService</name>
    <message>
        <location filename="../../db/GateService.cpp" line="74"/>
        <source>Not a valid ticket: forged, damaged or from another facility.</source>
        <translation>Not a valid ticket: forged, damaged or from another facility.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="81"/>
        <source>This ticket does not match the database. Check the group by hand.</source>
        <translation>This ticket does not match the database. Check the group by hand.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="90"/>
        <source>This ticket is not in the database. Check the group by hand.</source>
        <translation>This ticket is not in the database. Check the group by hand.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="98"/>
        <source>This ticket was cancelled: %1</source>
        <translation>This ticket was cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="101"/>
        <source>Entry was refused at %1: %2</source>
        <translation>Entry was refused at %1: %2</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="103"/>
        <source>This group already left at %1.</source>
        <translation>This group already left at %1.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="106"/>
        <source>Already admitted at %1 by %2.</source>
        <translation>Already admitted at %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="112"/>
        <source>This ticket is for %1, not today.</source>
        <translation>This ticket is for %1, not today.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="120"/>
        <source>A person in this group is banned from visiting. Call the duty officer.</source>
        <translation>A person in this group is banned from visiting. Call the duty officer.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="124"/>
        <source>Valid ticket. Check each adult&apos;s identity card.</source>
        <translation>Valid ticket. Check each adult&apos;s identity card.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="169"/>
        <location filename="../../db/GateService.cpp" line="250"/>
        <location filename="../../db/GateService.cpp" line="279"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="174"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="178"/>
        <source>Every item needs a description.</source>
        <translation>Every item needs a description.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="179"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="184"/>
        <source>The deposited item &quot;%1&quot; needs a tag or locker number.</source>
        <translation>The deposited item &quot;%1&quot; needs a tag or locker number.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="187"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="191"/>
        <source>Please give the reason for refusing entry.</source>
        <translation>Please give the reason for refusing entry.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="192"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="205"/>
        <location filename="../../db/GateService.cpp" line="289"/>
        <source>This group has not been admitted.</source>
        <translation>This group has not been admitted.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="243"/>
        <source>Inspection recorded. The group may be admitted.</source>
        <translation>Inspection recorded. The group may be admitted.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="244"/>
        <source>Exit inspection recorded.</source>
        <translation>Exit inspection recorded.</translation>
    </message>
    <message>
        <location filename="../../db/GateService.cpp" line="268"/>
        <source>Inspect the group&apos;s belongings before admitting.</source>
        <translation>Inspect the group&apos;s belongings before admitting.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/GateService.cpp" line="273"/>
        <source>Admitted. %n person(s) may enter.</source>
        <translation>
            <numerusform>Admitted. %n person may enter.</numerusform>
            <numerusform>Admitted. %n people may enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/GateService.cpp" line="299"/>
        <source>Checked out after %n minute(s).</source>
        <translation>
            <numerusform>Checked out after %n minute.</numerusform>
            <numerusform>Checked out after %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InmateStore</name>
    <message>
        <location filename="../../db/InmateStore.cpp" line="52"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="142"/>
        <source>An inmate with the number %1 is already on the roster.</source>
        <translation>An inmate with the number %1 is already on the roster.</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="162"/>
        <location filename="../../db/InmateStore.cpp" line="201"/>
        <location filename="../../db/InmateStore.cpp" line="222"/>
        <source>No inmate with the number %1 is on the roster.</source>
        <translation>No inmate with the number %1 is on the roster.</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="172"/>
        <source>This inmate is not on the roster.</source>
        <translation>This inmate is not on the roster.</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="236"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="248"/>
        <source>The first line must name the columns: number,name,block (block may be left out).</source>
        <translation>The first line must name the columns: number,name,block (block may be left out).</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="272"/>
        <source>It has %1 fields; the header has %2.</source>
        <translation>It has %1 fields; the header has %2.</translation>
    </message>
    <message>
        <location filename="../../db/InmateStore.cpp" line="282"/>
        <source>The number %1 appears earlier in this file.</source>
        <translation>The number %1 appears earlier in this file.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../../db/Migrations.cpp" line="256"/>
        <source>This database was made by a newer version of Besuk (schema %1). Please update Besuk on this computer.</source>
        <translation>This database was made by a newer version of Besuk (schema %1). Please update Besuk on this computer.</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <location filename="../../db/Nik.cpp" line="41"/>
        <source>Please enter the NIK.</source>
        <translation>Please enter the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="49"/>
        <source>A NIK holds only digits.</source>
        <translation>A NIK holds only digits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/Nik.cpp" line="52"/>
        <source>A NIK has 16 digits; this one has %n.</source>
        <translation>
            <numerusform>A NIK has 16 digits; this one has %n.</numerusform>
            <numerusform>A NIK has 16 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="56"/>
        <source>The province code in the NIK (digits 1-2) cannot be 00. Please check the NIK.</source>
        <translation>The province code in the NIK (digits 1-2) cannot be 00. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="58"/>
        <source>The regency code in the NIK (digits 3-4) cannot be 00. Please check the NIK.</source>
        <translation>The regency code in the NIK (digits 3-4) cannot be 00. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="60"/>
        <source>The district code in the NIK (digits 5-6) cannot be 00. Please check the NIK.</source>
        <translation>The district code in the NIK (digits 5-6) cannot be 00. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="66"/>
        <source>The day of birth in the NIK (digits 7-8) is not valid. Please check the NIK.</source>
        <translation>The day of birth in the NIK (digits 7-8) is not valid. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="68"/>
        <source>The month of birth in the NIK (digits 9-10) is not valid. Please check the NIK.</source>
        <translation>The month of birth in the NIK (digits 9-10) is not valid. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="76"/>
        <source>The birth date in the NIK (digits 7-12) does not exist. Please check the NIK.</source>
        <translation>The birth date in the NIK (digits 7-12) does not exist. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="78"/>
        <source>The birth date in the NIK is after today. Please check the NIK.</source>
        <translation>The birth date in the NIK is after today. Please check the NIK.</translation>
    </message>
    <message>
        <location filename="../../db/Nik.cpp" line="81"/>
        <source>The last four digits of the NIK cannot be 0000. Please check the NIK.</source>
        <translation>The last four digits of the NIK cannot be 0000. Please check the NIK.</translation>
    </message>
</context>
<context>
    <name>PrinterUri</name>
    <message>
        <location filename="../../platform/printer/PrinterUri.cpp" line="18"/>
        <source>&quot;%1&quot; does not name a printer. Use system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>&quot;%1&quot; does not name a printer. Use system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</translation>
    </message>
</context>
<context>
    <name>RangeWorkbook</name>
    <message>
        <location filename="../../platform/reports/RangeWorkbook.cpp" line="75"/>
        <location filename="../../platform/reports/RangeWorkbook.cpp" line="79"/>
        <location filename="../../platform/reports/RangeWorkbook.cpp" line="88"/>
        <location filename="../../platform/reports/RangeWorkbook.cpp" line="91"/>
        <source>The spreadsheet could not be made: %1</source>
        <translation>The spreadsheet could not be made: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="297"/>
        <source>Please enter at least one adult visitor with a NIK.</source>
        <translation>Please enter at least one adult visitor with a NIK.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="300"/>
        <source>The number of children must be between 0 and %1.</source>
        <translation>The number of children must be between 0 and %1.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="268"/>
        <source>The NIK %1 is entered twice.</source>
        <translation>The NIK %1 is entered twice.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="274"/>
        <source>Children can visit only with an adult aged %1 or over. Please come with an adult.</source>
        <translation>Children can visit only with an adult aged %1 or over. Please come with an adult.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="278"/>
        <source>A group may have at most %1 people, children included; this one has %2. Please register fewer people.</source>
        <translation>A group may have at most %1 people, children included; this one has %2. Please register fewer people.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="285"/>
        <source>A group may have at most %1 adults; this one has %2.</source>
        <translation>A group may have at most %1 adults; this one has %2.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="321"/>
        <source>Registration is open from %1 to %2. Please come back then.</source>
        <translation>Registration is open from %1 to %2. Please come back then.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="349"/>
        <source>No more queue numbers can be given today.</source>
        <translation>No more queue numbers can be given today.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="89"/>
        <source>No inmate with the number %1 was found. Please check the number or search by name.</source>
        <translation>No inmate with the number %1 was found. Please check the number or search by name.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="110"/>
        <source>%1 cannot receive visits at the moment. Please ask an officer.</source>
        <translation>%1 cannot receive visits at the moment. Please ask an officer.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="114"/>
        <source>Visits to %1 are on these days: %2. Please come back then.</source>
        <translation>Visits to %1 are on these days: %2. Please come back then.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="117"/>
        <source>This registration cannot be completed here. Please see an officer.</source>
        <translation>This registration cannot be completed here. Please see an officer.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="125"/>
        <source>%1 has already had the visits allowed this week. The next visit can be from %2.</source>
        <translation>%1 has already had the visits allowed this week. The next visit can be from %2.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="130"/>
        <source>Today&apos;s visits are full. Please come on another visiting day.</source>
        <translation>Today&apos;s visits are full. Please come on another visiting day.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="138"/>
        <source>All of today&apos;s visiting sessions are full. Please come on another visiting day.</source>
        <translation>All of today&apos;s visiting sessions are full. Please come on another visiting day.</translation>
    </message>
    <message>
        <location filename="../../db/RegistrationService.cpp" line="248"/>
        <source>This NIK has already been added to the group. Each person is entered once.</source>
        <translation>This NIK has already been added to the group. Each person is entered once.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/RegistrationService.cpp" line="255"/>
        <source>A group may have at most %n adult(s). Please continue without this person.</source>
        <translation>
            <numerusform>A group may have at most %n adult. Please continue without this person.</numerusform>
            <numerusform>A group may have at most %n adults. Please continue without this person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/RegistrationService.cpp" line="258"/>
        <source>A group may have at most %n people, children included. Please register fewer people.</source>
        <translation>
            <numerusform>A group may have at most %n person, children included. Please register fewer people.</numerusform>
            <numerusform>A group may have at most %n people, children included. Please register fewer people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits to %1 are on these days: %2. Please choose one of them.</source>
        <translation>Visits to %1 are on these days: %2. Please choose one of them.</translation>
    </message>
    <message>
        <source>Visits on %1 are full. Please choose another visiting day.</source>
        <translation>Visits on %1 are full. Please choose another visiting day.</translation>
    </message>
    <message>
        <source>This booking has changed meanwhile. Please scan it again.</source>
        <translation>This booking has changed meanwhile. Please scan it again.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <location filename="../../db/RetentionService.cpp" line="79"/>
        <source>The retention setting in this database is damaged.</source>
        <translation>The retention setting in this database is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/RetentionService.cpp" line="87"/>
        <location filename="../../db/RetentionService.cpp" line="104"/>
        <source>The retention period must be between %1 and %2 days.</source>
        <translation>The retention period must be between %1 and %2 days.</translation>
    </message>
    <message>
        <location filename="../../db/RetentionService.cpp" line="293"/>
        <location filename="../../db/RetentionService.cpp" line="324"/>
        <source>Nothing is stored about the NIK %1.</source>
        <translation>Nothing is stored about the NIK %1.</translation>
    </message>
    <message>
        <location filename="../../db/RetentionService.cpp" line="295"/>
        <source>Ban reasons are for staff. Review them before handing this file to the person.</source>
        <translation>Ban reasons are for staff. Review them before handing this file to the person.</translation>
    </message>
    <message>
        <location filename="../../db/RetentionService.cpp" line="371"/>
        <source>Give the date to purge before, like 2025-12-01.</source>
        <translation>Give the date to purge before, like 2025-12-01.</translation>
    </message>
    <message>
        <location filename="../../db/RetentionService.cpp" line="375"/>
        <source>Only days before today can be purged; %1 is after today.</source>
        <translation>Only days before today can be purged; %1 is after today.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../db/Rules.cpp" line="85"/>
        <source>The rule &quot;%1&quot; has a value that cannot be used.</source>
        <translation>The rule &quot;%1&quot; has a value that cannot be used.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="171"/>
        <location filename="../../db/Rules.cpp" line="174"/>
        <source>Visiting days must be weekdays 1 (Monday) to 7 (Sunday).</source>
        <translation>Visiting days must be weekdays 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="176"/>
        <source>Visiting hours must open before they close.</source>
        <translation>Visiting hours must open before they close.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="180"/>
        <source>Each session needs a name, a start before its end, and a capacity of 0 or more.</source>
        <translation>Each session needs a name, a start before its end, and a capacity of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="183"/>
        <source>The group size limit must be between 1 and 50.</source>
        <translation>The group size limit must be between 1 and 50.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="186"/>
        <source>The adult limit must be at least 1 and no more than the group size limit.</source>
        <translation>The adult limit must be at least 1 and no more than the group size limit.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="188"/>
        <source>Limits cannot be negative (0 means no limit).</source>
        <translation>Limits cannot be negative (0 means no limit).</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="190"/>
        <source>The visit time limit must be between 1 and 1440 minutes.</source>
        <translation>The visit time limit must be between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="194"/>
        <source>Each prohibited item needs a name of at most %1 characters.</source>
        <translation>Each prohibited item needs a name of at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="198"/>
        <source>The prohibited-items list holds at most %1 items.</source>
        <translation>The prohibited-items list holds at most %1 items.</translation>
    </message>
    <message>
        <location filename="../../db/Rules.cpp" line="200"/>
        <source>The adult age must be between 1 and 30.</source>
        <translation>The adult age must be between 1 and 30.</translation>
    </message>
    <message>
        <source>Online booking may reach between 0 (off) and %1 days ahead.</source>
        <translation>Online booking may reach between 0 (off) and %1 days ahead.</translation>
    </message>
    <message>
        <source>Please give the time at which booking for a day closes.</source>
        <translation>Please give the time at which booking for a day closes.</translation>
    </message>
    <message>
        <source>The arrival tolerance must be between 0 and %1 minutes.</source>
        <translation>The arrival tolerance must be between 0 and %1 minutes.</translation>
    </message>
    <message>
        <source>Open bookings per person must be between 1 and %1.</source>
        <translation>Open bookings per person must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Booking slots can only be given to visiting days.</source>
        <translation>Booking slots can only be given to visiting days.</translation>
    </message>
    <message>
        <source>Each booking slot must start before it ends, within visiting hours (%1-%2).</source>
        <translation>Each booking slot must start before it ends, within visiting hours (%1-%2).</translation>
    </message>
    <message>
        <source>A booking slot holds between 1 and %1 visitors.</source>
        <translation>A booking slot holds between 1 and %1 visitors.</translation>
    </message>
    <message>
        <source>Booking slots of one day must not overlap.</source>
        <translation>Booking slots of one day must not overlap.</translation>
    </message>
</context>
<context>
    <name>StationLauncher</name>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="59"/>
        <source>Besuk: visitor check-in for detention-centre visiting rooms.</source>
        <translation>Besuk: visitor check-in for detention-centre visiting rooms.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="63"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="64"/>
        <source>Run on a fresh demo facility in a temporary folder (the kiosk unless --station says otherwise).</source>
        <translation>Run on a fresh demo facility in a temporary folder (the kiosk unless --station says otherwise).</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="67"/>
        <source>The database: a SQLite file or a postgresql:// URL (default: %1).</source>
        <translation>The database: a SQLite file or a postgresql:// URL (default: %1).</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="68"/>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="69"/>
        <source>The facility&apos;s signing-key file (default: beside the database).</source>
        <translation>The facility&apos;s signing-key file (default: beside the database).</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="70"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="71"/>
        <source>Fill the screen; leaving needs the admin PIN.</source>
        <translation>Fill the screen; leaving needs the admin PIN.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="72"/>
        <source>The language each visitor starts in: id or en.</source>
        <translation>The language each visitor starts in: id or en.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="73"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="74"/>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="79"/>
        <source>Try: besuk --help</source>
        <translation>Try: besuk --help</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="86"/>
        <source>Examples:
  besuk --demo
  besuk --demo --station kiosk,gate,display
  besuk --station kiosk --fullscreen
  besuk --station gate --db /srv/besuk/besuk.db --lang en
</source>
        <translation>Examples:
  besuk --demo
  besuk --demo --station kiosk,gate,display
  besuk --station kiosk --fullscreen
  besuk --station gate --db /srv/besuk/besuk.db --lang en
</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="170"/>
        <source>The station cannot start: %1
To see a demo instead, run: besuk --demo</source>
        <translation>The station cannot start: %1
To see a demo instead, run: besuk --demo</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="96"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="62"/>
        <source>The station to run: kiosk, gate, display or staff; several, comma-separated, open one window each.</source>
        <translation>The station to run: kiosk, gate, display or staff; several, comma-separated, open one window each.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="106"/>
        <source>Say which station to run, e.g. --station kiosk, or try --demo.</source>
        <translation>Say which station to run, e.g. --station kiosk, or try --demo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="109"/>
        <source>Unknown station &quot;%1&quot;: choose kiosk, gate, display or staff.</source>
        <translation>Unknown station &quot;%1&quot;: choose kiosk, gate, display or staff.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="112"/>
        <source>--demo makes its own database; leave out --db and --key.</source>
        <translation>--demo makes its own database; leave out --db and --key.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="118"/>
        <source>Unknown language &quot;%1&quot;: choose id or en.</source>
        <translation>Unknown language &quot;%1&quot;: choose id or en.</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="154"/>
        <source>Demo facility in %1; tickets are written as PDF files to %2. Admin PIN: %3.
Gate sign-in: user &quot;%4&quot;, PIN %3; staff console: user &quot;%5&quot;, PIN %3.
</source>
        <translation>Demo facility in %1; tickets are written as PDF files to %2. Admin PIN: %3.
Gate sign-in: user &quot;%4&quot;, PIN %3; staff console: user &quot;%5&quot;, PIN %3.
</translation>
    </message>
    <message>
        <location filename="../../app/gui/StationLauncher.cpp" line="173"/>
        <source>Besuk</source>
        <translation>Besuk</translation>
    </message>
</context>
<context>
    <name>TallyService</name>
    <message>
        <location filename="../../db/TallyService.cpp" line="40"/>
        <source>Please give valid dates.</source>
        <translation>Please give valid dates.</translation>
    </message>
    <message>
        <location filename="../../db/TallyService.cpp" line="44"/>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>The range ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <location filename="../../db/TallyService.cpp" line="46"/>
        <source>A range covers at most %1 days; %2 to %3 has %4.</source>
        <translation>A range covers at most %1 days; %2 to %3 has %4.</translation>
    </message>
</context>
<context>
    <name>TicketCodec</name>
    <message>
        <location filename="../../db/TicketCodec.cpp" line="63"/>
        <source>This is not a valid ticket of this facility.</source>
        <translation>This is not a valid ticket of this facility.</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>Show this at the kiosk or the gate.</source>
        <translation>Show this at the kiosk or the gate.</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="129"/>
        <source>Men %1</source>
        <translation>Men %1</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="130"/>
        <source>Women %1</source>
        <translation>Women %1</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="131"/>
        <source>Children %1</source>
        <translation>Children %1</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="213"/>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="218"/>
        <source>Queue number</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="261"/>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="263"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="265"/>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="266"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="267"/>
        <source>Lead visitor</source>
        <translation>Lead visitor</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketLayout.cpp" line="295"/>
        <source>Keep this ticket; show it at the gate.</source>
        <translation>Keep this ticket; show it at the gate.</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="125"/>
        <source>The ticket could not be printed. Please take a photo of the QR code on the screen, or ask an officer.</source>
        <translation>The ticket could not be printed. Please take a photo of the QR code on the screen, or ask an officer.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="35"/>
        <source>No PDF file is set for tickets.</source>
        <translation>No PDF file is set for tickets.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="39"/>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>The folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="51"/>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="92"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="57"/>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>The PDF &quot;%1&quot; could not be started.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="75"/>
        <source>No default printer is set up.</source>
        <translation>No default printer is set up.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="76"/>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>The printer &quot;%1&quot; is not available.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="82"/>
        <source>The printer &quot;%1&quot; reports an error (paper, cover or connection).</source>
        <translation>The printer &quot;%1&quot; reports an error (paper, cover or connection).</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="89"/>
        <source>The printer &quot;%1&quot; does not accept the paper size %2.</source>
        <translation>The printer &quot;%1&quot; does not accept the paper size %2.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="95"/>
        <source>The printer &quot;%1&quot; did not start.</source>
        <translation>The printer &quot;%1&quot; did not start.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="101"/>
        <source>The printer &quot;%1&quot; failed while printing.</source>
        <translation>The printer &quot;%1&quot; failed while printing.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="117"/>
        <source>Unknown printer kind.</source>
        <translation>Unknown printer kind.</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="44"/>
        <source>The file &quot;%1&quot; cannot be created: may this user write in that folder, and is the disk not full?</source>
        <translation>The file &quot;%1&quot; cannot be created: may this user write in that folder, and is the disk not full?</translation>
    </message>
    <message>
        <location filename="../../platform/printing/TicketPrinter.cpp" line="64"/>
        <source>The file &quot;%1&quot; could not be saved: is the disk full?</source>
        <translation>The file &quot;%1&quot; could not be saved: is the disk full?</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../platform/ticket/TicketView.cpp" line="29"/>
        <source>Face-to-face visit</source>
        <translation>Face-to-face visit</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketView.cpp" line="30"/>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <location filename="../../platform/ticket/TicketView.cpp" line="33"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../../db/UserStore.cpp" line="57"/>
        <source>The user name must be %1 to %2 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The user name must be %1 to %2 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="65"/>
        <source>The PIN or password must be %1 to %2 characters long.</source>
        <translation>The PIN or password must be %1 to %2 characters long.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="71"/>
        <source>The PIN or password cannot contain line breaks, tabs or other control characters.</source>
        <translation>The PIN or password cannot contain line breaks, tabs or other control characters.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="75"/>
        <source>The PIN or password cannot be only spaces.</source>
        <translation>The PIN or password cannot be only spaces.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="84"/>
        <source>The PIN or password could not be stored (out of memory).</source>
        <translation>The PIN or password could not be stored (out of memory).</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="132"/>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="146"/>
        <source>This is the last active admin. Make another user an admin first, so that someone can still manage users.</source>
        <translation>This is the last active admin. Make another user an admin first, so that someone can still manage users.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="242"/>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="257"/>
        <source>Wrong user name or PIN.</source>
        <translation>Wrong user name or PIN.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="261"/>
        <source>Too many wrong attempts. Try again after %1.</source>
        <translation>Too many wrong attempts. Try again after %1.</translation>
    </message>
    <message>
        <location filename="../../db/UserStore.cpp" line="351"/>
        <source>The account %1 is disabled. Ask an admin to enable it.</source>
        <translation>The account %1 is disabled. Ask an admin to enable it.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../db/Validation.cpp" line="72"/>
        <source>Please enter a name.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/Validation.cpp" line="76"/>
        <source>Name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Name is too long: use at most %n character.</numerusform>
            <numerusform>Name is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="87"/>
        <source>Name cannot contain digits. Please enter the name in letters.</source>
        <translation>Name cannot contain digits. Please enter the name in letters.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="89"/>
        <source>Name must be on one line, with ordinary spaces between words.</source>
        <translation>Name must be on one line, with ordinary spaces between words.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="91"/>
        <source>Name contains an invisible or unknown character. Please type the name again.</source>
        <translation>Name contains an invisible or unknown character. Please type the name again.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="92"/>
        <source>Name cannot contain &quot;%1&quot;. Use only letters, spaces, apostrophes, hyphens, periods and commas.</source>
        <translation>Name cannot contain &quot;%1&quot;. Use only letters, spaces, apostrophes, hyphens, periods and commas.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="97"/>
        <source>Name must contain at least one letter.</source>
        <translation>Name must contain at least one letter.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="104"/>
        <source>Please enter the inmate number.</source>
        <translation>Please enter the inmate number.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/Validation.cpp" line="106"/>
        <source>Inmate number is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Inmate number is too long: use at most %n character.</numerusform>
            <numerusform>Inmate number is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="113"/>
        <source>Inmate number can only contain letters A-Z, digits, spaces, &apos;.&apos;, &apos;/&apos; and &apos;-&apos;.</source>
        <translation>Inmate number can only contain letters A-Z, digits, spaces, &apos;.&apos;, &apos;/&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="116"/>
        <source>Inmate number must contain at least one letter or digit.</source>
        <translation>Inmate number must contain at least one letter or digit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/Validation.cpp" line="124"/>
        <source>%1 is too long: use at most %n characters.</source>
        <translation>
            <numerusform>%1 is too long: use at most %n character.</numerusform>
            <numerusform>%1 is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="127"/>
        <source>%1 must be on one line, without tabs or other control characters.</source>
        <translation>%1 must be on one line, without tabs or other control characters.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="129"/>
        <source>%1 contains a broken character. Please type it again.</source>
        <translation>%1 contains a broken character. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../db/Validation.cpp" line="141"/>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
</context>
<context>
    <name>VisitAdmin</name>
    <message>
        <location filename="../../db/VisitAdmin.cpp" line="19"/>
        <source>Ticket %1 cannot be cancelled: the group was already admitted at %2.</source>
        <translation>Ticket %1 cannot be cancelled: the group was already admitted at %2.</translation>
    </message>
    <message>
        <location filename="../../db/VisitAdmin.cpp" line="22"/>
        <source>Ticket %1 cannot be cancelled: the group already visited and left at %2.</source>
        <translation>Ticket %1 cannot be cancelled: the group already visited and left at %2.</translation>
    </message>
    <message>
        <location filename="../../db/VisitAdmin.cpp" line="25"/>
        <source>Ticket %1 cannot be cancelled: entry was already refused at %2.</source>
        <translation>Ticket %1 cannot be cancelled: entry was already refused at %2.</translation>
    </message>
    <message>
        <location filename="../../db/VisitAdmin.cpp" line="28"/>
        <source>Ticket %1 was already cancelled at %2.</source>
        <translation>Ticket %1 was already cancelled at %2.</translation>
    </message>
    <message>
        <location filename="../../db/VisitAdmin.cpp" line="43"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../db/VisitAdmin.cpp" line="46"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <location filename="../../db/Visit.cpp" line="86"/>
        <source>There is no ticket with this number.</source>
        <translation>There is no ticket with this number.</translation>
    </message>
    <message>
        <location filename="../../db/Visit.cpp" line="122"/>
        <source>Type a queue number such as A-042.</source>
        <translation>Type a queue number such as A-042.</translation>
    </message>
    <message>
        <location filename="../../db/Visit.cpp" line="131"/>
        <source>There is no ticket %1 today.</source>
        <translation>There is no ticket %1 today.</translation>
    </message>
</context>
<context>
    <name>besuk::AdminPinDialog</name>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.ui" line="6"/>
        <location filename="../../ui/kiosk/AdminPinDialog.ui" line="30"/>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.ui" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.ui" line="102"/>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="72"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="51"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="69"/>
        <source>close the kiosk</source>
        <translation>close the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="69"/>
        <source>leave full screen</source>
        <translation>leave full screen</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="71"/>
        <source>Enter the admin PIN to %1.</source>
        <translation>Enter the admin PIN to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="74"/>
        <source>No admin PIN has been set yet, so anyone can %1. Set one for this facility with: besuk-cli admin-pin set PIN</source>
        <translation>No admin PIN has been set yet, so anyone can %1. Set one for this facility with: besuk-cli admin-pin set PIN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="77"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>besuk::AdultsScreen</name>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="24"/>
        <source>Adult visitors</source>
        <translation>Adult visitors</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="62"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="78"/>
        <source>16 digits from the KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="98"/>
        <source>Full name as on the KTP</source>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="173"/>
        <source>Add this person</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="230"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.ui" line="244"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="19"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="19"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="86"/>
        <source>Please add at least one adult with a NIK. Children come with an adult.</source>
        <translation>Please add at least one adult with a NIK. Children come with an adult.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="125"/>
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="130"/>
        <source>%1, %n year(s) old</source>
        <translation>
            <numerusform>%1, %n year old</numerusform>
            <numerusform>%1, %n years old</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="132"/>
        <source>Under %1: counted as a child.</source>
        <translation>Under %1: counted as a child.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="166"/>
        <source>%1, %n year(s)</source>
        <translation>
            <numerusform>%1, %n year</numerusform>
            <numerusform>%1, %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="168"/>
        <source>%1 (child)</source>
        <translation>%1 (child)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="172"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="176"/>
        <source>Remove %1 from the group</source>
        <translation>Remove %1 from the group</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="192"/>
        <source>Nobody added yet.</source>
        <translation>Nobody added yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="203"/>
        <source>Enter the NIK (16 digits on the KTP) and the name of each adult, then tap &quot;Add this person&quot;. At most %n adult(s) per group.</source>
        <translation>
            <numerusform>Enter the NIK (16 digits on the KTP) and the name of each adult, then tap &quot;Add this person&quot;. At most %n adult per group.</numerusform>
            <numerusform>Enter the NIK (16 digits on the KTP) and the name of each adult, then tap &quot;Add this person&quot;. At most %n adults per group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/AdultsScreen.cpp" line="206"/>
        <source>In this group: %n adult(s)</source>
        <translation>
            <numerusform>In this group: %n adult</numerusform>
            <numerusform>In this group: %n adults</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::Announcer</name>
    <message>
        <location filename="../../platform/devices/Announcer.cpp" line="201"/>
        <source>The speech data (espeak-ng-data) is not installed.</source>
        <translation>The speech data (espeak-ng-data) is not installed.</translation>
    </message>
    <message>
        <location filename="../../platform/devices/Announcer.cpp" line="205"/>
        <source>The speech voice &quot;%1&quot; is not installed.</source>
        <translation>The speech voice &quot;%1&quot; is not installed.</translation>
    </message>
    <message>
        <location filename="../../platform/devices/Announcer.cpp" line="213"/>
        <source>The announcement could not be spoken.</source>
        <translation>The announcement could not be spoken.</translation>
    </message>
</context>
<context>
    <name>besuk::AuditPage</name>
    <message>
        <location filename="../../ui/staff/AuditPage.ui" line="9"/>
        <location filename="../../ui/staff/AuditPage.cpp" line="34"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.ui" line="11"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.ui" line="22"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.ui" line="37"/>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/AuditPage.cpp" line="81"/>
        <location filename="../../ui/staff/AuditPage.cpp" line="104"/>
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/AuditPage.cpp" line="89"/>
        <source>The audit log is intact: %n entry(ies), none altered or removed.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, none altered or removed.</numerusform>
            <numerusform>The audit log is intact: %n entries, none altered or removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="90"/>
        <source>The audit log has been tampered with: %1</source>
        <translation>The audit log has been tampered with: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="99"/>
        <location filename="../../ui/staff/AuditPage.cpp" line="103"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="100"/>
        <source>What, e.g. visit. or export</source>
        <translation>What, e.g. visit. or export</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="101"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="103"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="103"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="103"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/staff/AuditPage.cpp" line="103"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>besuk::BansPage</name>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="9"/>
        <location filename="../../ui/staff/BansPage.cpp" line="42"/>
        <source>Bans</source>
        <translation>Bans</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="13"/>
        <source>People who may not visit, by NIK. The reason is for staff and guards only: the visitor is only asked to see an officer.</source>
        <translation>People who may not visit, by NIK. The reason is for staff and guards only: the visitor is only asked to see an officer.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="25"/>
        <source>No bans are in force.</source>
        <translation>No bans are in force.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="27"/>
        <source>&amp;Lift ban…</source>
        <translation>&amp;Lift ban…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="44"/>
        <source>New ban</source>
        <translation>New ban</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="47"/>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="49"/>
        <source>&amp;Ends after</source>
        <translation>&amp;Ends after</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="52"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.ui" line="57"/>
        <source>&amp;Add ban</source>
        <translation>&amp;Add ban</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="31"/>
        <source>Lift ban</source>
        <translation>Lift ban</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="32"/>
        <source>Lift the ban on %1? They can register for visits again.</source>
        <translation>Lift the ban on %1? They can register for visits again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="80"/>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="131"/>
        <source>%1 may not visit until %2 (inclusive).</source>
        <translation>%1 may not visit until %2 (inclusive).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="133"/>
        <source>%1 may not visit until the ban is lifted.</source>
        <translation>%1 may not visit until the ban is lifted.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="151"/>
        <source>The ban on %1 was lifted.</source>
        <translation>The ban on %1 was lifted.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="163"/>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="164"/>
        <source>For staff and guards only</source>
        <translation>For staff and guards only</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="165"/>
        <source>Without an end date the ban lasts until it is lifted.</source>
        <translation>Without an end date the ban lasts until it is lifted.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="169"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="169"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="169"/>
        <source>Banned by</source>
        <translation>Banned by</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="169"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/staff/BansPage.cpp" line="169"/>
        <source>Until (last day)</source>
        <translation>Until (last day)</translation>
    </message>
</context>
<context>
    <name>besuk::CallPanel</name>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="80"/>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="81"/>
        <source>A — visits</source>
        <translation>A — visits</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="82"/>
        <source>B — item drop-off</source>
        <translation>B — item drop-off</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="83"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="84"/>
        <source>The number this gate called last</source>
        <translation>The number this gate called last</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="85"/>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="86"/>
        <source>Call next (F5)</source>
        <translation>Call next (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="87"/>
        <source>Call again (F6)</source>
        <translation>Call again (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CallPanel.cpp" line="88"/>
        <source>No-show (F7)</source>
        <translation>No-show (F7)</translation>
    </message>
</context>
<context>
    <name>besuk::CameraInput</name>
    <message>
        <location filename="../../platform/devices/CameraInput.cpp" line="34"/>
        <source>No camera was found. Scan with the barcode scanner or type the number.</source>
        <translation>No camera was found. Scan with the barcode scanner or type the number.</translation>
    </message>
    <message>
        <location filename="../../platform/devices/CameraInput.cpp" line="35"/>
        <source>The camera &quot;%1&quot; was not found.</source>
        <translation>The camera &quot;%1&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../platform/devices/CameraInput.cpp" line="40"/>
        <source>Camera problem: %1</source>
        <translation>Camera problem: %1</translation>
    </message>
</context>
<context>
    <name>besuk::ChangeFeed</name>
    <message>
        <location filename="../../db/ChangeFeed.cpp" line="52"/>
        <source>Could not listen for changes from the database server.</source>
        <translation>Could not listen for changes from the database server.</translation>
    </message>
</context>
<context>
    <name>besuk::CheckOutScreen</name>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.ui" line="19"/>
        <source>Deposited items to hand back (tick each one)</source>
        <translation>Deposited items to hand back (tick each one)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.ui" line="25"/>
        <source>Nothing was deposited at the entry.</source>
        <translation>Nothing was deposited at the entry.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.ui" line="33"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.ui" line="54"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.ui" line="59"/>
        <source>Check out (Ctrl+Enter)</source>
        <translation>Check out (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.cpp" line="60"/>
        <source>Exit — %1</source>
        <translation>Exit — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gate/CheckOutScreen.cpp" line="64"/>
        <source>%1 (visiting %2) has been inside for %n minute(s).</source>
        <translation>
            <numerusform>%1 (visiting %2) has been inside for %n minute.</numerusform>
            <numerusform>%1 (visiting %2) has been inside for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gate/CheckOutScreen.cpp" line="68"/>
        <source>%1 — tag %2 handed back</source>
        <translation>%1 — tag %2 handed back</translation>
    </message>
</context>
<context>
    <name>besuk::ChildrenScreen</name>
    <message>
        <location filename="../../ui/kiosk/ChildrenScreen.ui" line="24"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ChildrenScreen.ui" line="149"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ChildrenScreen.ui" line="163"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="47"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="48"/>
        <source>How many children under %1 without their own NIK come with you? Children with a NIK were counted on the previous screen.</source>
        <translation>How many children under %1 without their own NIK come with you? Children with a NIK were counted on the previous screen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="52"/>
        <source>A group may have at most %n people, children included.</source>
        <translation>
            <numerusform>A group may have at most %n person, children included.</numerusform>
            <numerusform>A group may have at most %n people, children included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="53"/>
        <source>Room for %n more child(ren).</source>
        <translation>
            <numerusform>Room for %n more child.</numerusform>
            <numerusform>Room for %n more children.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="55"/>
        <source>No more children fit in this group: at most %n people, children included. Please register fewer people.</source>
        <translation>
            <numerusform>No more children fit in this group: at most %n person, children included. Please register fewer people.</numerusform>
            <numerusform>No more children fit in this group: at most %n people, children included. Please register fewer people.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="61"/>
        <source>One child fewer</source>
        <translation>One child fewer</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ChildrenScreen.cpp" line="62"/>
        <source>One child more</source>
        <translation>One child more</translation>
    </message>
</context>
<context>
    <name>besuk::DashboardPage</name>
    <message>
        <location filename="../../ui/staff/DashboardPage.ui" line="11"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.ui" line="13"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.ui" line="15"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="46"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="81"/>
        <source>Visitors on %1</source>
        <translation>Visitors on %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="82"/>
        <source>Visitors from %1 to %2</source>
        <translation>Visitors from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="91"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="112"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="124"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="92"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="94"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="96"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="93"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="112"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="125"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="95"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="112"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="126"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="97"/>
        <location filename="../../ui/staff/DashboardPage.cpp" line="112"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="98"/>
        <source>visitors registered</source>
        <translation>visitors registered</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/DashboardPage.cpp" line="99"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="100"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="102"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="104"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="106"/>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="112"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="150"/>
        <source>Visitors registered per hour</source>
        <translation>Visitors registered per hour</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DashboardPage.cpp" line="150"/>
        <source>Visitors registered per day</source>
        <translation>Visitors registered per day</translation>
    </message>
</context>
<context>
    <name>besuk::DataPage</name>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="7"/>
        <location filename="../../ui/staff/DataPage.cpp" line="44"/>
        <source>Retention and backups</source>
        <translation>Retention and backups</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="10"/>
        <source>Retention of personal data</source>
        <translation>Retention of personal data</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="12"/>
        <source>Names and NIKs of visits older than this are removed; every tally stays exactly the same. Run it by hand here or nightly with: besuk-cli retention run</source>
        <translation>Names and NIKs of visits older than this are removed; every tally stays exactly the same. Run it by hand here or nightly with: besuk-cli retention run</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="13"/>
        <source>&amp;Keep for (days)</source>
        <translation>&amp;Keep for (days)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="15"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="16"/>
        <source>&amp;Anonymise older visits now…</source>
        <translation>&amp;Anonymise older visits now…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="22"/>
        <source>One person&apos;s data (by NIK)</source>
        <translation>One person&apos;s data (by NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="25"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="26"/>
        <source>E&amp;rase…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="32"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="34"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="36"/>
        <source>K&amp;eep the last</source>
        <translation>K&amp;eep the last</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.ui" line="38"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="24"/>
        <location filename="../../ui/staff/DataPage.cpp" line="148"/>
        <source>NIK, 16 digits</source>
        <translation>NIK, 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="34"/>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="37"/>
        <source>Save the person&apos;s data</source>
        <translation>Save the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="37"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="55"/>
        <source>PostgreSQL: back up the server with pg_dump (see docs/deployment.md).</source>
        <translation>PostgreSQL: back up the server with pg_dump (see docs/deployment.md).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/DataPage.cpp" line="70"/>
        <source>Personal data is now kept for %n day(s).</source>
        <translation>
            <numerusform>Personal data is now kept for %n day.</numerusform>
            <numerusform>Personal data is now kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/DataPage.cpp" line="77"/>
        <source>Remove the names and NIKs of every visit older than %n day(s)? This cannot be undone; the tallies stay the same.</source>
        <translation>
            <numerusform>Remove the names and NIKs of every visit older than %n day? This cannot be undone; the tallies stay the same.</numerusform>
            <numerusform>Remove the names and NIKs of every visit older than %n days? This cannot be undone; the tallies stay the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/DataPage.cpp" line="86"/>
        <source>%n visit(s) anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</source>
        <translation>
            <numerusform>%n visit anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</numerusform>
            <numerusform>%n visits anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="106"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="110"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="115"/>
        <source>Erase the name and NIK of %1 from every visit? Bans on this NIK stay. This cannot be undone.</source>
        <translation>Erase the name and NIK of %1 from every visit? Bans on this NIK stay. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/DataPage.cpp" line="124"/>
        <source>Erased from %n visit(s).</source>
        <translation>
            <numerusform>Erased from %n visit.</numerusform>
            <numerusform>Erased from %n visits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/DataPage.cpp" line="134"/>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
</context>
<context>
    <name>besuk::DisplayWindow</name>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="14"/>
        <source>Besuk: now serving</source>
        <translation>Besuk: now serving</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="141"/>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="210"/>
        <source>Called again</source>
        <translation>Called again</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="232"/>
        <source>No calls yet</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="248"/>
        <source>Please wait: numbers are called here, with a chime and an announcement.</source>
        <translation>Please wait: numbers are called here, with a chime and an announcement.</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="298"/>
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="308"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="425"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.ui" line="508"/>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.cpp" line="132"/>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.cpp" line="174"/>
        <location filename="../../ui/display/DisplayWindow.cpp" line="175"/>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/DisplayWindow.cpp" line="187"/>
        <source>The board may be out of date: %1</source>
        <translation>The board may be out of date: %1</translation>
    </message>
</context>
<context>
    <name>besuk::ExportsPage</name>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="58"/>
        <source>XLSX files (*.xlsx)</source>
        <translation>XLSX files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="125"/>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="19"/>
        <source>&amp;XLSX spreadsheet</source>
        <translation>&amp;XLSX spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="28"/>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="8"/>
        <source>A spreadsheet (CSV or XLSX, one row per day) or the official day report (PDF, A4) for a date or a range of dates. Every export is recorded in the audit log. For a daily export by cron: besuk-cli export --format pdf --output FILE</source>
        <translation>A spreadsheet (CSV or XLSX, one row per day) or the official day report (PDF, A4) for a date or a range of dates. Every export is recorded in the audit log. For a daily export by cron: besuk-cli export --format pdf --output FILE</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="7"/>
        <source>Exports and reports</source>
        <translation>Exports and reports</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="11"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="13"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="15"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="18"/>
        <source>&amp;PDF day report</source>
        <translation>&amp;PDF day report</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="20"/>
        <source>&amp;CSV spreadsheet</source>
        <translation>&amp;CSV spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.ui" line="29"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="60"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="57"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="59"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="69"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="109"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="144"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/ExportsPage.cpp" line="156"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>besuk::FirstAdminScreen</name>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="12"/>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="13"/>
        <source>This facility has no staff accounts yet. The administrator made here signs in to the staff console and creates the accounts of staff and guards.</source>
        <translation>This facility has no staff accounts yet. The administrator made here signs in to the staff console and creates the accounts of staff and guards.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="14"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="16"/>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="18"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="20"/>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.ui" line="23"/>
        <source>&amp;Create administrator</source>
        <translation>&amp;Create administrator</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.cpp" line="25"/>
        <source>The two PINs are not the same. Please type the PIN again in both fields.</source>
        <translation>The two PINs are not the same. Please type the PIN again in both fields.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/FirstAdminScreen.cpp" line="36"/>
        <source>An administrator already exists. Please sign in.</source>
        <translation>An administrator already exists. Please sign in.</translation>
    </message>
</context>
<context>
    <name>besuk::GateDesk</name>
    <message>
        <location filename="../../ui/gate/GateDesk.cpp" line="16"/>
        <source>This account may not run a gate.</source>
        <translation>This account may not run a gate.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateDesk.cpp" line="37"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateDesk.cpp" line="41"/>
        <source>Scan a ticket first.</source>
        <translation>Scan a ticket first.</translation>
    </message>
</context>
<context>
    <name>besuk::GateWindow</name>
    <message>
        <location filename="../../ui/gate/GateWindow.ui" line="5"/>
        <source>Besuk — Gate</source>
        <translation>Besuk — Gate</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.ui" line="29"/>
        <source>Sign out (Ctrl+L)</source>
        <translation>Sign out (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="144"/>
        <source>There are no staff accounts yet. An administrator creates them with: besuk-cli user add NAME --name &quot;FULL NAME&quot; --role guard</source>
        <translation>There are no staff accounts yet. An administrator creates them with: besuk-cli user add NAME --name &quot;FULL NAME&quot; --role guard</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="169"/>
        <source>Finish or cancel this group first (Esc), then scan the next ticket.</source>
        <translation>Finish or cancel this group first (Esc), then scan the next ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="225"/>
        <source>Open a photo of a ticket</source>
        <translation>Open a photo of a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="226"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="236"/>
        <source>This file cannot be opened as an image: %1</source>
        <translation>This file cannot be opened as an image: %1</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="241"/>
        <source>No QR code was found in this image. Try a sharper photo, or type the queue number.</source>
        <translation>No QR code was found in this image. Try a sharper photo, or type the queue number.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="294"/>
        <source>Tick each deposited item as it is handed back.</source>
        <translation>Tick each deposited item as it is handed back.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="322"/>
        <source>%1 marked as no-show.</source>
        <translation>%1 marked as no-show.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="323"/>
        <source>%1 called to gate %2.</source>
        <translation>%1 called to gate %2.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="348"/>
        <source>Sign in to the gate</source>
        <translation>Sign in to the gate</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="349"/>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <location filename="../../ui/gate/GateWindow.cpp" line="350"/>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
</context>
<context>
    <name>besuk::InmateScreen</name>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.ui" line="24"/>
        <source>Whom are you visiting?</source>
        <translation>Whom are you visiting?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.ui" line="34"/>
        <source>Type the inmate&apos;s name or registration number, then choose from the list.</source>
        <translation>Type the inmate&apos;s name or registration number, then choose from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.ui" line="53"/>
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.ui" line="118"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.ui" line="132"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.cpp" line="69"/>
        <source>no block</source>
        <translation>no block</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.cpp" line="71"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/InmateScreen.cpp" line="78"/>
        <source>Type at least %n letters or digits.</source>
        <translation>
            <numerusform>Type at least %n letter or digit.</numerusform>
            <numerusform>Type at least %n letters or digits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.cpp" line="80"/>
        <source>Nobody found. Check the spelling, try part of the name, or ask an officer.</source>
        <translation>Nobody found. Check the spelling, try part of the name, or ask an officer.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/InmateScreen.cpp" line="82"/>
        <source>Tap a name in the list, then Next.</source>
        <translation>Tap a name in the list, then Next.</translation>
    </message>
</context>
<context>
    <name>besuk::InspectionItemRow</name>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="53"/>
        <source>Tag no.</source>
        <translation>Tag no.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="57"/>
        <source>Allowed in</source>
        <translation>Allowed in</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="57"/>
        <source>Deposited (tag)</source>
        <translation>Deposited (tag)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="57"/>
        <source>Confiscated</source>
        <translation>Confiscated</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="57"/>
        <source>Returned to visitor</source>
        <translation>Returned to visitor</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="60"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="61"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionItemRow.cpp" line="62"/>
        <source>Remove this item</source>
        <translation>Remove this item</translation>
    </message>
</context>
<context>
    <name>besuk::InspectionScreen</name>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="14"/>
        <source>Prohibited items (tick each one found)</source>
        <translation>Prohibited items (tick each one found)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="20"/>
        <source>Items brought</source>
        <translation>Items brought</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="25"/>
        <source>Food (Alt+1)</source>
        <translation>Food (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="25"/>
        <source>Clothes (Alt+2)</source>
        <translation>Clothes (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="25"/>
        <source>Documents (Alt+3)</source>
        <translation>Documents (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="25"/>
        <source>Medicine (Alt+4)</source>
        <translation>Medicine (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="25"/>
        <source>Money (Alt+5)</source>
        <translation>Money (Alt+5)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="25"/>
        <source>Other… (Alt+6)</source>
        <translation>Other… (Alt+6)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="36"/>
        <source>No items yet. Add what the group brings with the buttons above.</source>
        <translation>No items yet. Add what the group brings with the buttons above.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="51"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="59"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="65"/>
        <source>&amp;Cleared</source>
        <translation>&amp;Cleared</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="70"/>
        <source>&amp;Refused</source>
        <translation>&amp;Refused</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="87"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.ui" line="89"/>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="131"/>
        <source>Admit (Ctrl+Enter)</source>
        <translation>Admit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="18"/>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="19"/>
        <source>Clothes</source>
        <translation>Clothes</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="20"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="21"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="22"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="131"/>
        <source>Refuse entry (Ctrl+Enter)</source>
        <translation>Refuse entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="140"/>
        <source>Entry inspection — %1</source>
        <translation>Entry inspection — %1</translation>
    </message>
    <message>
        <location filename="../../ui/gate/InspectionScreen.cpp" line="141"/>
        <source>Reason for refusing</source>
        <translation>Reason for refusing</translation>
    </message>
</context>
<context>
    <name>besuk::KioskFlow</name>
    <message>
        <location filename="../../ui/kiosk/KioskFlow.cpp" line="94"/>
        <source>Please choose the inmate you are visiting.</source>
        <translation>Please choose the inmate you are visiting.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskFlow.cpp" line="112"/>
        <source>There is no ticket to print.</source>
        <translation>There is no ticket to print.</translation>
    </message>
</context>
<context>
    <name>besuk::KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk/KioskWindow.ui" line="14"/>
        <source>Besuk: visitor registration</source>
        <translation>Besuk: visitor registration</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskWindow.cpp" line="220"/>
        <source>DEMO · admin PIN %1</source>
        <translation>DEMO · admin PIN %1</translation>
    </message>
</context>
<context>
    <name>besuk::NumericKeypad</name>
    <message>
        <location filename="../../ui/kiosk/NumericKeypad.cpp" line="74"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/NumericKeypad.cpp" line="75"/>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/NumericKeypad.cpp" line="76"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>besuk::OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="115"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="116"/>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="117"/>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
</context>
<context>
    <name>besuk::ReviewScreen</name>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="24"/>
        <source>Please check</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="61"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="81"/>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="101"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="121"/>
        <source>Children without NIK</source>
        <translation>Children without NIK</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="138"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="183"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.ui" line="197"/>
        <source>Confirm and get the ticket</source>
        <translation>Confirm and get the ticket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ReviewScreen.cpp" line="13"/>
        <source>%n man/men</source>
        <translation>
            <numerusform>%n man</numerusform>
            <numerusform>%n men</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ReviewScreen.cpp" line="13"/>
        <source>%n woman/women</source>
        <translation>
            <numerusform>%n woman</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/ReviewScreen.cpp" line="14"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.cpp" line="18"/>
        <source>Item drop-off (queue B)</source>
        <translation>Item drop-off (queue B)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.cpp" line="19"/>
        <source>Face-to-face visit (queue A)</source>
        <translation>Face-to-face visit (queue A)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ReviewScreen.cpp" line="61"/>
        <source>no block</source>
        <translation>no block</translation>
    </message>
</context>
<context>
    <name>besuk::RoomBoard</name>
    <message numerus="yes">
        <location filename="../../ui/gate/RoomBoard.cpp" line="68"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gate/RoomBoard.cpp" line="77"/>
        <source>Longer than the visit time limit of %n minute(s)</source>
        <translation>
            <numerusform>Longer than the visit time limit of %n minute</numerusform>
            <numerusform>Longer than the visit time limit of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gate/RoomBoard.cpp" line="85"/>
        <location filename="../../ui/gate/RoomBoard.cpp" line="87"/>
        <source>Visiting room: %n group(s) inside</source>
        <translation>
            <numerusform>Visiting room: %n group inside</numerusform>
            <numerusform>Visiting room: %n groups inside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gate/RoomBoard.cpp" line="86"/>
        <source>%n over time</source>
        <translation>
            <numerusform>%n over time</numerusform>
            <numerusform>%n over time</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gate/RoomBoard.cpp" line="92"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/gate/RoomBoard.cpp" line="92"/>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <location filename="../../ui/gate/RoomBoard.cpp" line="92"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/gate/RoomBoard.cpp" line="92"/>
        <source>Admitted at</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <location filename="../../ui/gate/RoomBoard.cpp" line="92"/>
        <source>Time inside</source>
        <translation>Time inside</translation>
    </message>
</context>
<context>
    <name>besuk::RosterPage</name>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="9"/>
        <location filename="../../ui/staff/RosterPage.cpp" line="54"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="12"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="29"/>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="36"/>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="38"/>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="40"/>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="46"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="47"/>
        <source>A&amp;dd to roster</source>
        <translation>A&amp;dd to roster</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="48"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="52"/>
        <source>Deactivate (released / transferred)</source>
        <translation>Deactivate (released / transferred)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="53"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="78"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.ui" line="80"/>
        <source>Close report</source>
        <translation>Close report</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="44"/>
        <source>Import the roster from a CSV file</source>
        <translation>Import the roster from a CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="45"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="80"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="80"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="121"/>
        <source>New inmate</source>
        <translation>New inmate</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="122"/>
        <source>Choose an inmate in the list to correct or deactivate them.</source>
        <translation>Choose an inmate in the list to correct or deactivate them.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="125"/>
        <source>Inmate %1</source>
        <translation>Inmate %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="126"/>
        <source>On the roster: visitors can register for this inmate.</source>
        <translation>On the roster: visitors can register for this inmate.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="127"/>
        <source>Inactive (released or transferred): no new visits; past visits stay in the history.</source>
        <translation>Inactive (released or transferred): no new visits; past visits stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="161"/>
        <source>%1 (%2) was added to the roster.</source>
        <translation>%1 (%2) was added to the roster.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="176"/>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="193"/>
        <source>%1 (%2) is on the roster again.</source>
        <translation>%1 (%2) is on the roster again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="194"/>
        <source>%1 (%2) was deactivated. Their past visits stay in the history.</source>
        <translation>%1 (%2) was deactivated. Their past visits stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="204"/>
        <source>The file %1 could not be read.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="215"/>
        <source>Import from %1: %2 added, %3 updated, %4 rejected.</source>
        <translation>Import from %1: %2 added, %3 updated, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="231"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="234"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="237"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="259"/>
        <source>Search: number or name</source>
        <translation>Search: number or name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="261"/>
        <location filename="../../ui/staff/RosterPage.cpp" line="263"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="261"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="261"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="261"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="263"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="263"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RosterPage.cpp" line="263"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>besuk::RulesPage</name>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="9"/>
        <source>Visiting rules</source>
        <translation>Visiting rules</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="11"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="12"/>
        <source>&amp;Save rules</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="30"/>
        <source>Visiting days and hours</source>
        <translation>Visiting days and hours</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="35"/>
        <source>&amp;Opens</source>
        <translation>&amp;Opens</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="37"/>
        <source>&amp;Closes</source>
        <translation>&amp;Closes</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="47"/>
        <source>Groups and limits</source>
        <translation>Groups and limits</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="49"/>
        <source>Largest &amp;group (people, children included)</source>
        <translation>Largest &amp;group (people, children included)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="49"/>
        <source>Most &amp;adults in a group</source>
        <translation>Most &amp;adults in a group</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="49"/>
        <source>&amp;Visits per inmate per week</source>
        <translation>&amp;Visits per inmate per week</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="49"/>
        <source>Visitors per &amp;day (whole facility)</source>
        <translation>Visitors per &amp;day (whole facility)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="49"/>
        <source>Adult from a&amp;ge</source>
        <translation>Adult from a&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="49"/>
        <source>Visit &amp;length (minutes)</source>
        <translation>Visit &amp;length (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="50"/>
        <source>Admit only after a &amp;cleared entry inspection</source>
        <translation>Admit only after a &amp;cleared entry inspection</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="56"/>
        <source>Prohibited items (checked at the gate)</source>
        <translation>Prohibited items (checked at the gate)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="60"/>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="61"/>
        <source>Remove i&amp;tem</source>
        <translation>Remove i&amp;tem</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="72"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="82"/>
        <source>No sessions: one from opening to closing, without a limit.</source>
        <translation>No sessions: one from opening to closing, without a limit.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="83"/>
        <source>Add s&amp;ession</source>
        <translation>Add s&amp;ession</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="84"/>
        <source>Remove session</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="92"/>
        <source>Visiting days per block</source>
        <translation>Visiting days per block</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="102"/>
        <source>Days as numbers, 1 = Monday … 7 = Sunday, e.g. 1,3,5. Other blocks visit on the visiting days.</source>
        <translation>Days as numbers, 1 = Monday … 7 = Sunday, e.g. 1,3,5. Other blocks visit on the visiting days.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="103"/>
        <source>Add bloc&amp;k</source>
        <translation>Add bloc&amp;k</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.ui" line="104"/>
        <source>Remove block</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="81"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="98"/>
        <source>The form shows the saved rules again.</source>
        <translation>The form shows the saved rules again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="137"/>
        <location filename="../../ui/staff/RulesPage.cpp" line="257"/>
        <location filename="../../ui/staff/RulesPage.cpp" line="258"/>
        <location filename="../../ui/staff/RulesPage.cpp" line="261"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="155"/>
        <source>%1 is already on the list.</source>
        <translation>%1 is already on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="193"/>
        <source>Each row of visiting days per block needs the block&apos;s name.</source>
        <translation>Each row of visiting days per block needs the block&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="195"/>
        <source>The block %1 is listed twice.</source>
        <translation>The block %1 is listed twice.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="202"/>
        <location filename="../../ui/staff/RulesPage.cpp" line="210"/>
        <source>Write the visiting days of block %1 as numbers, 1 (Monday) to 7 (Sunday), for example 1,3,5.</source>
        <translation>Write the visiting days of block %1 as numbers, 1 (Monday) to 7 (Sunday), for example 1,3,5.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="241"/>
        <source>The rules were saved. They apply to registrations from now on.</source>
        <translation>The rules were saved. They apply to registrations from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="262"/>
        <source>New item, e.g. Kamera</source>
        <translation>New item, e.g. Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="263"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="263"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="263"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="263"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="264"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/staff/RulesPage.cpp" line="264"/>
        <source>Visiting days</source>
        <translation>Visiting days</translation>
    </message>
</context>
<context>
    <name>besuk::ScanScreen</name>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="9"/>
        <source>Scan a ticket</source>
        <translation>Scan a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="16"/>
        <source>Hold the ticket&apos;s QR code under the scanner or in front of the camera. If it will not read, type the queue number.</source>
        <translation>Hold the ticket&apos;s QR code under the scanner or in front of the camera. If it will not read, type the queue number.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="26"/>
        <source>&amp;Queue number (F2)</source>
        <translation>&amp;Queue number (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="37"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="50"/>
        <source>Today&apos;s tickets (F3)</source>
        <translation>Today&apos;s tickets (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="53"/>
        <source>Open image (F4)</source>
        <translation>Open image (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/ScanScreen.ui" line="57"/>
        <source>Camera (F9)</source>
        <translation>Camera (F9)</translation>
    </message>
</context>
<context>
    <name>besuk::SettingsPage</name>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="7"/>
        <location filename="../../ui/staff/SettingsPage.cpp" line="134"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="21"/>
        <source>Facility (every station)</source>
        <translation>Facility (every station)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="23"/>
        <source>Facility &amp;name</source>
        <translation>Facility &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="25"/>
        <source>Save the na&amp;me</source>
        <translation>Save the na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="26"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="31"/>
        <source>The time zone is fixed at set-up: every ticket&apos;s date depends on it.</source>
        <translation>The time zone is fixed at set-up: every ticket&apos;s date depends on it.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="39"/>
        <source>This station (this computer)</source>
        <translation>This station (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="43"/>
        <source>Kept on this computer. The kiosk, gate and display read them at start-up: restart the station to apply a change.</source>
        <translation>Kept on this computer. The kiosk, gate and display read them at start-up: restart the station to apply a change.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="46"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="48"/>
        <source>&amp;Wipe an idle form after (seconds)</source>
        <translation>&amp;Wipe an idle form after (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="50"/>
        <source>Show the &amp;ticket for (seconds)</source>
        <translation>Show the &amp;ticket for (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="52"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="59"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="61"/>
        <source>&amp;Gate name</source>
        <translation>&amp;Gate name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="63"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="65"/>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="67"/>
        <source>Play a s&amp;ound for each verdict</source>
        <translation>Play a s&amp;ound for each verdict</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="73"/>
        <source>Ticket printer (kiosk)</source>
        <translation>Ticket printer (kiosk)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="75"/>
        <source>&amp;Print to</source>
        <translation>&amp;Print to</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="77"/>
        <source>P&amp;rinter</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="79"/>
        <source>Pap&amp;er</source>
        <translation>Pap&amp;er</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="81"/>
        <source>PDF &amp;folder</source>
        <translation>PDF &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="85"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="88"/>
        <source>Dev&amp;ice or address</source>
        <translation>Dev&amp;ice or address</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="89"/>
        <source>ESC/POS printer: escpos:/dev/usb/lp0 (USB) or escpos-tcp://192.168.1.50:9100 (network)</source>
        <translation>ESC/POS printer: escpos:/dev/usb/lp0 (USB) or escpos-tcp://192.168.1.50:9100 (network)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="90"/>
        <source>Dots per line</source>
        <translation>Dots per line</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="91"/>
        <source>58 mm paper: 384 dots, 80 mm: 576</source>
        <translation>58 mm paper: 384 dots, 80 mm: 576</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="92"/>
        <source>Printer draws the &amp;QR code</source>
        <translation>Printer draws the &amp;QR code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="92"/>
        <source>Only for models that print QR codes themselves (GS ( k)</source>
        <translation>Only for models that print QR codes themselves (GS ( k)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="93"/>
        <source>Check the printer&apos;s status</source>
        <translation>Check the printer&apos;s status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="93"/>
        <source>After each ticket the printer must answer within 2 s; turn off for printers that never answer</source>
        <translation>After each ticket the printer must answer within 2 s; turn off for printers that never answer</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="99"/>
        <source>Lobby display</source>
        <translation>Lobby display</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="101"/>
        <source>Lang&amp;uage</source>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="103"/>
        <source>Calls are spo&amp;ken in</source>
        <translation>Calls are spo&amp;ken in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="105"/>
        <source>Earlier calls liste&amp;d</source>
        <translation>Earlier calls liste&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="112"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.ui" line="113"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="125"/>
        <source>The folder for PDF tickets</source>
        <translation>The folder for PDF tickets</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="165"/>
        <source>The facility is now called %1.</source>
        <translation>The facility is now called %1.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="222"/>
        <source>The ESC/POS printer needs escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>The ESC/POS printer needs escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="258"/>
        <source>The settings could not be saved: %1 cannot be written.</source>
        <translation>The settings could not be saved: %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="259"/>
        <source>The settings could not be saved: %1 is damaged.</source>
        <translation>The settings could not be saved: %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="264"/>
        <source>Saved. Restart the kiosk, gate or display on this computer to apply the settings.</source>
        <translation>Saved. Restart the kiosk, gate or display on this computer to apply the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="277"/>
        <source>The form shows the saved settings of this station again.</source>
        <translation>The form shows the saved settings of this station again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="305"/>
        <source>A printer</source>
        <translation>A printer</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="306"/>
        <source>PDF files in a folder</source>
        <translation>PDF files in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="307"/>
        <source>An ESC/POS thermal printer (no driver)</source>
        <translation>An ESC/POS thermal printer (no driver)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="308"/>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="308"/>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="308"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="309"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="310"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="311"/>
        <source>Indonesian, then English</source>
        <translation>Indonesian, then English</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="312"/>
        <source>English, then Indonesian</source>
        <translation>English, then Indonesian</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="313"/>
        <source>Not spoken</source>
        <translation>Not spoken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="314"/>
        <source>The default printer</source>
        <translation>The default printer</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="315"/>
        <source>The default camera</source>
        <translation>The default camera</translation>
    </message>
    <message>
        <location filename="../../ui/staff/SettingsPage.cpp" line="317"/>
        <source>From the paper</source>
        <translation>From the paper</translation>
    </message>
</context>
<context>
    <name>besuk::SignInScreen</name>
    <message>
        <location filename="../../ui/common/SignInScreen.ui" line="24"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/common/SignInScreen.ui" line="35"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/common/SignInScreen.ui" line="53"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>besuk::StaffWindow</name>
    <message>
        <location filename="../../ui/staff/StaffWindow.cpp" line="111"/>
        <source>This account may not use the staff console. Guards work at the gate station.</source>
        <translation>This account may not use the staff console. Guards work at the gate station.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffWindow.cpp" line="180"/>
        <source>Besuk — Staff</source>
        <translation>Besuk — Staff</translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffWindow.cpp" line="181"/>
        <source>Sign in to the staff console</source>
        <translation>Sign in to the staff console</translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffWindow.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffWindow.cpp" line="183"/>
        <source>Sign out (Ctrl+L)</source>
        <translation>Sign out (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>besuk::TicketListDialog</name>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="18"/>
        <source>Today&apos;s tickets</source>
        <translation>Today&apos;s tickets</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="21"/>
        <source>Type a number, an inmate&apos;s or a visitor&apos;s name; Enter takes the highlighted ticket.</source>
        <translation>Type a number, an inmate&apos;s or a visitor&apos;s name; Enter takes the highlighted ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="34"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="38"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="27"/>
        <source>Use this ticket</source>
        <translation>Use this ticket</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="38"/>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="38"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="38"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="69"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="71"/>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="73"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="75"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/gate/TicketListDialog.cpp" line="79"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>besuk::TicketScreen</name>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="50"/>
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="94"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="111"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="128"/>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="148"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="168"/>
        <source>Lead visitor</source>
        <translation>Lead visitor</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="217"/>
        <source>Show this code to the officer at the gate.</source>
        <translation>Show this code to the officer at the gate.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="265"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.ui" line="291"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.cpp" line="65"/>
        <source>QR code of the ticket</source>
        <translation>QR code of the ticket</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/TicketScreen.cpp" line="87"/>
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Back to the start in %n second.</numerusform>
            <numerusform>Back to the start in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.cpp" line="97"/>
        <source>none (item drop-off)</source>
        <translation>none (item drop-off)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.cpp" line="114"/>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.cpp" line="118"/>
        <source>Your ticket has been printed. Please take it and wait until your number is called.</source>
        <translation>Your ticket has been printed. Please take it and wait until your number is called.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/TicketScreen.cpp" line="123"/>
        <source>Your ticket on this screen is still valid.</source>
        <translation>Your ticket on this screen is still valid.</translation>
    </message>
</context>
<context>
    <name>besuk::UsersPage</name>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="7"/>
        <location filename="../../ui/staff/UsersPage.cpp" line="43"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="34"/>
        <location filename="../../ui/staff/UsersPage.cpp" line="119"/>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="37"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="39"/>
        <source>Change &amp;role</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="40"/>
        <source>New P&amp;IN</source>
        <translation>New P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="42"/>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="44"/>
        <source>Change &amp;PIN</source>
        <translation>Change &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="52"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="54"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="56"/>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="58"/>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="60"/>
        <source>PI&amp;N</source>
        <translation>PI&amp;N</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="62"/>
        <source>PIN a&amp;gain</source>
        <translation>PIN a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.ui" line="64"/>
        <source>&amp;Create user</source>
        <translation>&amp;Create user</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="49"/>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="51"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="55"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="83"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="83"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="120"/>
        <source>Choose a user in the list to change their PIN or role, or to disable their account.</source>
        <translation>Choose a user in the list to change their PIN or role, or to disable their account.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="122"/>
        <location filename="../../ui/staff/UsersPage.cpp" line="137"/>
        <source>&amp;Disable account</source>
        <translation>&amp;Disable account</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="127"/>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="129"/>
        <source>%1, %2. Signs in with their user name and PIN.</source>
        <translation>%1, %2. Signs in with their user name and PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="130"/>
        <source>%1, %2. Disabled: cannot sign in.</source>
        <translation>%1, %2. Disabled: cannot sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="137"/>
        <source>&amp;Enable account</source>
        <translation>&amp;Enable account</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="144"/>
        <location filename="../../ui/staff/UsersPage.cpp" line="191"/>
        <source>The two PINs are not the same. Please type the PIN again in both fields.</source>
        <translation>The two PINs are not the same. Please type the PIN again in both fields.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="161"/>
        <source>%1 can now sign in as %2 (%3).</source>
        <translation>%1 can now sign in as %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="181"/>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="204"/>
        <source>The PIN of %1 was changed.</source>
        <translation>The PIN of %1 was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="217"/>
        <source>The account %1 is disabled: it cannot sign in.</source>
        <translation>The account %1 is disabled: it cannot sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="218"/>
        <source>The account %1 is enabled again.</source>
        <translation>The account %1 is enabled again.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="233"/>
        <source>a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="234"/>
        <source>4 or more digits</source>
        <translation>4 or more digits</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="238"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="238"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="238"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="238"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/staff/UsersPage.cpp" line="238"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>besuk::VerdictScreen</name>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="44"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="55"/>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="67"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="92"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="93"/>
        <source>Counted as</source>
        <translation>Counted as</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.ui" line="100"/>
        <source>Next ticket (Esc)</source>
        <translation>Next ticket (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="90"/>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="92"/>
        <source>ADMITTED</source>
        <translation>ADMITTED</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="94"/>
        <source>CHECKED OUT</source>
        <translation>CHECKED OUT</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="94"/>
        <source>ALREADY LEFT</source>
        <translation>ALREADY LEFT</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="96"/>
        <source>ALREADY ADMITTED</source>
        <translation>ALREADY ADMITTED</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="98"/>
        <source>NOT INSPECTED YET</source>
        <translation>NOT INSPECTED YET</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="100"/>
        <source>NOT ADMITTED</source>
        <translation>NOT ADMITTED</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="102"/>
        <source>WRONG DAY</source>
        <translation>WRONG DAY</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="104"/>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="106"/>
        <source>ENTRY REFUSED</source>
        <translation>ENTRY REFUSED</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="106"/>
        <source>REFUSED EARLIER</source>
        <translation>REFUSED EARLIER</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="108"/>
        <source>BANNED</source>
        <translation>BANNED</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="110"/>
        <source>UNKNOWN TICKET</source>
        <translation>UNKNOWN TICKET</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="114"/>
        <source>NOT A VALID TICKET</source>
        <translation>NOT A VALID TICKET</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="125"/>
        <source> (until %1)</source>
        <translation> (until %1)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="127"/>
        <source>Banned: NIK %1 — %2%3</source>
        <translation>Banned: NIK %1 — %2%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gate/VerdictScreen.cpp" line="142"/>
        <source>%1 — %2, %n person(s)</source>
        <translation>
            <numerusform>%1 — %2, %n person</numerusform>
            <numerusform>%1 — %2, %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="144"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="149"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="150"/>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="151"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="159"/>
        <source>Inspect belongings (Enter)</source>
        <translation>Inspect belongings (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/gate/VerdictScreen.cpp" line="162"/>
        <source>Check out (Enter)</source>
        <translation>Check out (Enter)</translation>
    </message>
</context>
<context>
    <name>besuk::VisitsPage</name>
    <message>
        <location filename="../../ui/staff/VisitsPage.ui" line="9"/>
        <location filename="../../ui/staff/VisitsPage.cpp" line="86"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.ui" line="41"/>
        <source>Reprint ticket…</source>
        <translation>Reprint ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.ui" line="42"/>
        <source>Cancel ticket…</source>
        <translation>Cancel ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="24"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="26"/>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="28"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="30"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="34"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="40"/>
        <source>allowed in</source>
        <translation>allowed in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="42"/>
        <source>deposited</source>
        <translation>deposited</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="44"/>
        <source>confiscated</source>
        <translation>confiscated</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="48"/>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="71"/>
        <source>Cancel ticket %1</source>
        <translation>Cancel ticket %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="72"/>
        <source>Why is this ticket cancelled? (recorded in the audit log)</source>
        <translation>Why is this ticket cancelled? (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="77"/>
        <source>Save the ticket as PDF</source>
        <translation>Save the ticket as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="177"/>
        <source>Choose a ticket to see its group and inspections.</source>
        <translation>Choose a ticket to see its group and inspections.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="187"/>
        <source>%1 — %2 (%3), %4</source>
        <translation>%1 — %2 (%3), %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/VisitsPage.cpp" line="191"/>
        <source>%n child(ren) without NIK</source>
        <translation>
            <numerusform>%n child without NIK</numerusform>
            <numerusform>%n children without NIK</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="193"/>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="195"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="204"/>
        <source>%1 inspection at %2 by %3: %4</source>
        <translation>%1 inspection at %2 by %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="205"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="205"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="207"/>
        <source>no items</source>
        <translation>no items</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="260"/>
        <source>Search: number, inmate or visitor</source>
        <translation>Search: number, inmate or visitor</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="261"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="268"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="268"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="268"/>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="268"/>
        <source>Lead visitor</source>
        <translation>Lead visitor</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="268"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="269"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="269"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../ui/staff/VisitsPage.cpp" line="269"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>besuk::WelcomeScreen</name>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="31"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="44"/>
        <source>Please choose what you have come for.</source>
        <translation>Please choose what you have come for.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="71"/>
        <source>Face-to-face visit</source>
        <translation>Face-to-face visit</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="87"/>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="110"/>
        <source>Meet the inmate in the visiting room. Queue A.</source>
        <translation>Meet the inmate in the visiting room. Queue A.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="132"/>
        <source>Leave food, clothes or other items for the inmate. Queue B.</source>
        <translation>Leave food, clothes or other items for the inmate. Queue B.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/WelcomeScreen.ui" line="157"/>
        <source>Have your ID card (KTP) ready. Your details are used only for this visit.</source>
        <translation>Have your ID card (KTP) ready. Your details are used only for this visit.</translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>No inmate with this number and name was found. Please check both as they are written on the inmate&apos;s papers.</source>
        <translation>No inmate with this number and name was found. Please check both as they are written on the inmate&apos;s papers.</translation>
    </message>
    <message>
        <source>No booking with this code and NIK was found. Please check both.</source>
        <translation>No booking with this code and NIK was found. Please check both.</translation>
    </message>
    <message>
        <source>There are no visits on %1: %2</source>
        <translation>There are no visits on %1: %2</translation>
    </message>
    <message>
        <source>Booking for %1 is not open. Please choose one of the days offered.</source>
        <translation>Booking for %1 is not open. Please choose one of the days offered.</translation>
    </message>
    <message>
        <source>Online booking is not available at the moment.</source>
        <translation>Online booking is not available at the moment.</translation>
    </message>
    <message>
        <source>Please enter at least one adult visitor with a NIK.</source>
        <translation>Please enter at least one adult visitor with a NIK.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and %1.</source>
        <translation>The number of children must be between 0 and %1.</translation>
    </message>
    <message numerus="yes">
        <source>The slot %1 on %2 has room for %n more visitor(s) only. Please choose another slot.</source>
        <translation>
            <numerusform>The slot %1 on %2 has room for %n more visitor only. Please choose another slot.</numerusform>
            <numerusform>The slot %1 on %2 has room for %n more visitors only. Please choose another slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone in this group already has %n open booking(s), the most allowed. Please cancel one first or book after it.</source>
        <translation>
            <numerusform>Someone in this group already has %n open booking, the most allowed. Please cancel one first or book after it.</numerusform>
            <numerusform>Someone in this group already has %n open bookings, the most allowed. Please cancel one first or book after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose one of the slots offered for %1.</source>
        <translation>Please choose one of the slots offered for %1.</translation>
    </message>
    <message>
        <source>No free booking code was found. Please try again.</source>
        <translation>No free booking code was found. Please try again.</translation>
    </message>
    <message>
        <source>A booking code has 8 letters and digits, like K7QM-4ZPX.</source>
        <translation>A booking code has 8 letters and digits, like K7QM-4ZPX.</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>There is no booking %1.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>This booking cannot be cancelled any more: it is %1.</source>
        <translation>This booking cannot be cancelled any more: it is %1.</translation>
    </message>
    <message>
        <source>This booking was for a day that has passed.</source>
        <translation>This booking was for a day that has passed.</translation>
    </message>
    <message>
        <source>This booking has changed meanwhile. Please look it up again.</source>
        <translation>This booking has changed meanwhile. Please look it up again.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>not used (no-show)</source>
        <translation>not used (no-show)</translation>
    </message>
    <message>
        <source>This booking cannot be changed any more: it is %1.</source>
        <translation>This booking cannot be changed any more: it is %1.</translation>
    </message>
    <message>
        <source>This booking cannot be used: it is %1.</source>
        <translation>This booking cannot be used: it is %1.</translation>
    </message>
    <message>
        <source>This booking is for %1, not today.</source>
        <translation>This booking is for %1, not today.</translation>
    </message>
    <message>
        <source>Only today or a day ahead can be closed.</source>
        <translation>Only today or a day ahead can be closed.</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Page not found</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <source>This page does not exist. Start again from the home page.</source>
        <translation>This page does not exist. Start again from the home page.</translation>
    </message>
    <message>
        <source>Too much data</source>
        <translation>Too much data</translation>
    </message>
    <message>
        <source>The form sent more data than this site accepts.</source>
        <translation>The form sent more data than this site accepts.</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Request refused</translation>
    </message>
    <message>
        <source>The request could not be handled. Please try again.</source>
        <translation>The request could not be handled. Please try again.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The site could not answer just now. Nothing was booked. Please try again.</source>
        <translation>The site could not answer just now. Nothing was booked. Please try again.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>Too many requests came from your connection. Please wait a minute and try again.</source>
        <translation>Too many requests came from your connection. Please wait a minute and try again.</translation>
    </message>
    <message>
        <source>Could not listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>Could not listen on %1:%2 (in use, or not an address of this machine).</translation>
    </message>
    <message>
        <source>Visit booking</source>
        <translation>Visit booking</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <source>My booking</source>
        <translation>My booking</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Skip to the content</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Not available just now</source>
        <translation>Not available just now</translation>
    </message>
    <message>
        <source>The booking service cannot answer just now. Nothing was changed. Please try again later.</source>
        <translation>The booking service cannot answer just now. Nothing was changed. Please try again later.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Form expired</source>
        <translation>Form expired</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this site. Nothing was changed. Please open the page again and repeat.</source>
        <translation>This form has expired or did not come from this site. Nothing was changed. Please open the page again and repeat.</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <source>Face-to-face visit</source>
        <translation>Face-to-face visit</translation>
    </message>
    <message>
        <source>What for?</source>
        <translation>What for?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Which day?</translation>
    </message>
    <message>
        <source>No day can be booked online just now. Please come to the visiting room.</source>
        <translation>No day can be booked online just now. Please come to the visiting room.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Book your visit ahead and skip the queue at the kiosk. You need the inmate&apos;s registration number and each adult&apos;s NIK.</source>
        <translation>Book your visit ahead and skip the queue at the kiosk. You need the inmate&apos;s registration number and each adult&apos;s NIK.</translation>
    </message>
    <message>
        <source>Choose what you come for.</source>
        <translation>Choose what you come for.</translation>
    </message>
    <message>
        <source>Choose one of the days shown.</source>
        <translation>Choose one of the days shown.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>As written on the visiting card, e.g. B.I-001/2025</source>
        <translation>As written on the visiting card, e.g. B.I-001/2025</translation>
    </message>
    <message>
        <source>Inmate&apos;s full name</source>
        <translation>Inmate&apos;s full name</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Whom do you visit?</source>
        <translation>Whom do you visit?</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Which time?</translation>
    </message>
    <message>
        <source>This day has no time slots.</source>
        <translation>This day has no time slots.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>Choose a time that still has seats.</source>
        <translation>Choose a time that still has seats.</translation>
    </message>
    <message>
        <source>Lead visitor (adult 1)</source>
        <translation>Lead visitor (adult 1)</translation>
    </message>
    <message>
        <source>Adult %1 (optional)</source>
        <translation>Adult %1 (optional)</translation>
    </message>
    <message>
        <source>NIK (16 digits, from the KTP)</source>
        <translation>NIK (16 digits, from the KTP)</translation>
    </message>
    <message>
        <source>Full name as on the KTP</source>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Children without a KTP</source>
        <translation>Children without a KTP</translation>
    </message>
    <message numerus="yes">
        <source>At most %n people in one group, children included.</source>
        <translation>
            <numerusform>At most %n person in one group, children included.</numerusform>
            <numerusform>At most %n people in one group, children included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is coming?</source>
        <translation>Who is coming?</translation>
    </message>
    <message>
        <source>Type the number of children, from 0 to %1.</source>
        <translation>Type the number of children, from 0 to %1.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Adult %1</source>
        <translation>Adult %1</translation>
    </message>
    <message>
        <source>Book now</source>
        <translation>Book now</translation>
    </message>
    <message>
        <source>Check everything. After booking you get the QR ticket.</source>
        <translation>Check everything. After booking you get the QR ticket.</translation>
    </message>
    <message>
        <source>Change the visitors</source>
        <translation>Change the visitors</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Check your booking</translation>
    </message>
    <message>
        <source>Too many bookings</source>
        <translation>Too many bookings</translation>
    </message>
    <message>
        <source>Too many bookings were made from your connection in the last hour. Please try again later or book at the kiosk.</source>
        <translation>Too many bookings were made from your connection in the last hour. Please try again later or book at the kiosk.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>NIK of one adult in the booking</source>
        <translation>NIK of one adult in the booking</translation>
    </message>
    <message>
        <source>Show my booking</source>
        <translation>Show my booking</translation>
    </message>
    <message>
        <source>No booking has this code together with this NIK. Check both and try again.</source>
        <translation>No booking has this code together with this NIK. Check both and try again.</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Link expired</translation>
    </message>
    <message>
        <source>This link has expired. Open your booking again with its code and one adult&apos;s NIK.</source>
        <translation>This link has expired. Open your booking again with its code and one adult&apos;s NIK.</translation>
    </message>
    <message>
        <source>The visiting room is closed that day: %1</source>
        <translation>The visiting room is closed that day: %1</translation>
    </message>
    <message>
        <source>QR ticket for booking %1</source>
        <translation>QR ticket for booking %1</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Show the QR code at the kiosk or the gate on the day.</source>
        <translation>Show the QR code at the kiosk or the gate on the day.</translation>
    </message>
    <message>
        <source>Download the ticket (PDF)</source>
        <translation>Download the ticket (PDF)</translation>
    </message>
    <message>
        <source>Save the ticket as an image</source>
        <translation>Save the ticket as an image</translation>
    </message>
    <message>
        <source>Visit booking at %1: code %2, %3, %4. Bring every adult&apos;s KTP.</source>
        <translation>Visit booking at %1: code %2, %3, %4. Bring every adult&apos;s KTP.</translation>
    </message>
    <message>
        <source>Share through WhatsApp</source>
        <translation>Share through WhatsApp</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancel this booking</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Your booking</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>Move to another time</translation>
    </message>
    <message>
        <source>New day and time</source>
        <translation>New day and time</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>Move the booking</translation>
    </message>
    <message>
        <source>The booking is cancelled.</source>
        <translation>The booking is cancelled.</translation>
    </message>
    <message>
        <source>Choose the new day and time.</source>
        <translation>Choose the new day and time.</translation>
    </message>
</context>
<context>
    <name>SiteSecret</name>
    <message>
        <source>Could not read the site secret %1.</source>
        <translation>Could not read the site secret %1.</translation>
    </message>
    <message>
        <source>The site secret %1 is damaged; remove it to make a new one.</source>
        <translation>The site secret %1 is damaged; remove it to make a new one.</translation>
    </message>
    <message>
        <source>Could not write the site secret %1.</source>
        <translation>Could not write the site secret %1.</translation>
    </message>
</context>
<context>
    <name>TicketFiles</name>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
</context>
<context>
    <name>WebDemo</name>
    <message>
        <source>Could not make a temporary folder for the demo.</source>
        <translation>Could not make a temporary folder for the demo.</translation>
    </message>
    <message>
        <source>The demo roster is missing from the program.</source>
        <translation>The demo roster is missing from the program.</translation>
    </message>
</context>
<context>
    <name>besuk-web</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 needs a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8080.</translation>
    </message>
</context>
</TS>
