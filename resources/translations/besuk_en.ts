<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminPin</name>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>The PIN must be %1 to %2 digits.</translation>
    </message>
    <message>
        <source>The PIN could not be stored (out of memory).</source>
        <translation>The PIN could not be stored (out of memory).</translation>
    </message>
    <message>
        <source>No admin PIN has been set.</source>
        <translation>No admin PIN has been set.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Too many wrong PINs. Try again after %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The number of audit entries to show must be between 1 and %1.</source>
        <translation>The number of audit entries to show must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its contents no longer match its hash.</source>
        <translation>Audit entry %1 was altered: its contents no longer match its hash.</translation>
    </message>
    <message>
        <source>Audit entries were reordered: entry %1 belongs after entry %2.</source>
        <translation>Audit entries were reordered: entry %1 belongs after entry %2.</translation>
    </message>
    <message>
        <source>Audit entries were inserted after entry %1: entry %2 links to it, not to entry %3 before it.</source>
        <translation>Audit entries were inserted after entry %1: entry %2 links to it, not to entry %3 before it.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: entry %2 after it no longer links to it.</source>
        <translation>Audit entry %1 was altered: entry %2 after it no longer links to it.</translation>
    </message>
    <message>
        <source>The oldest audit entries were removed: entry %1, the first left, does not begin the log.</source>
        <translation>The oldest audit entries were removed: entry %1, the first left, does not begin the log.</translation>
    </message>
    <message>
        <source>Audit entries were removed between entries %1 and %2: the chain is broken there.</source>
        <translation>Audit entries were removed between entries %1 and %2: the chain is broken there.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry is missing: entries after entry %1 may have been removed.</source>
        <translation>The record of the newest audit entry is missing: entries after entry %1 may have been removed.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry is damaged.</source>
        <translation>The record of the newest audit entry is damaged.</translation>
    </message>
    <message>
        <source>Every audit entry was removed: the log is empty, but entry %1 was written.</source>
        <translation>Every audit entry was removed: the log is empty, but entry %1 was written.</translation>
    </message>
    <message>
        <source>The newest audit entry, %1, was removed: the log ends at entry %2.</source>
        <translation>The newest audit entry, %1, was removed: the log ends at entry %2.</translation>
    </message>
    <message>
        <source>The newest audit entries, %1 to %2, were removed: the log ends at entry %3.</source>
        <translation>The newest audit entries, %1 to %2, were removed: the log ends at entry %3.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside Besuk: the newest entry Besuk wrote is %2.</source>
        <translation>Audit entry %1 was added outside Besuk: the newest entry Besuk wrote is %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: it no longer matches the record of the newest entry.</source>
        <translation>Audit entry %1 was altered: it no longer matches the record of the newest entry.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore, as docs/deployment.md describes (Backups).</source>
        <translation>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore, as docs/deployment.md describes (Backups).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened as a database: %2</source>
        <translation>The file %1 cannot be opened as a database: %2</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Keep at least one backup.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>The backup %1 already exists.</translation>
    </message>
    <message>
        <source>The backup could not be started in %1: %2</source>
        <translation>The backup could not be started in %1: %2</translation>
    </message>
    <message>
        <source>The backup copy could not be finished. No backup was made.</source>
        <translation>The backup copy could not be finished. No backup was made.</translation>
    </message>
    <message>
        <source>The backup copy could not be written to disk.</source>
        <translation>The backup copy could not be written to disk.</translation>
    </message>
    <message>
        <source>The backup copy failed its check. No backup was made.</source>
        <translation>The backup copy failed its check. No backup was made.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>The backup could not be named %1.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Nothing was restored.</source>
        <translation>The backup %1 is damaged (%2). Nothing was restored.</translation>
    </message>
    <message>
        <source>The file %1 holds no Besuk facility. Nothing was restored.</source>
        <translation>The file %1 holds no Besuk facility. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1: %2</source>
        <translation>The backup could not be copied to %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>The backup could not be copied to %1.</translation>
    </message>
    <message>
        <source>The restored copy could not be written to disk.</source>
        <translation>The restored copy could not be written to disk.</translation>
    </message>
    <message>
        <source>%1 could not be removed. Stop every station that uses the database, then try again.</source>
        <translation>%1 could not be removed. Stop every station that uses the database, then try again.</translation>
    </message>
    <message>
        <source>The restored copy could not replace %1: %2</source>
        <translation>The restored copy could not replace %1: %2</translation>
    </message>
</context>
<context>
    <name>BanStore</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Please give the reason for the ban.</source>
        <translation>Please give the reason for the ban.</translation>
    </message>
    <message>
        <source>The ban&apos;s end must be in the future.</source>
        <translation>The ban&apos;s end must be in the future.</translation>
    </message>
    <message>
        <source>There is no ban in force with this number.</source>
        <translation>There is no ban in force with this number.</translation>
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
    <message>
        <source>The slot %1 on %2 is full. Please choose another slot.</source>
        <translation>The slot %1 on %2 is full. Please choose another slot.</translation>
    </message>
    <message>
        <source>This is not a valid ticket of this facility. Please ask an officer.</source>
        <translation>This is not a valid ticket of this facility. Please ask an officer.</translation>
    </message>
    <message>
        <source>This ticket already has a queue number. Please wait until it is called.</source>
        <translation>This ticket already has a queue number. Please wait until it is called.</translation>
    </message>
    <message>
        <source>This booking is not in the database. Please ask an officer.</source>
        <translation>This booking is not in the database. Please ask an officer.</translation>
    </message>
    <message>
        <source>This booking has no ticket any more: it is %1.</source>
        <translation>This booking has no ticket any more: it is %1.</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>%1 has already been admitted.</source>
        <translation>%1 has already been admitted.</translation>
    </message>
    <message>
        <source>%1 has already visited and left.</source>
        <translation>%1 has already visited and left.</translation>
    </message>
    <message>
        <source>%1 was refused entry.</source>
        <translation>%1 was refused entry.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>No one is waiting.</translation>
    </message>
    <message>
        <source>Other gates kept calling at the same moment. Please try again.</source>
        <translation>Other gates kept calling at the same moment. Please try again.</translation>
    </message>
    <message>
        <source>Gate %1 has no number to call again.</source>
        <translation>Gate %1 has no number to call again.</translation>
    </message>
    <message>
        <source>The call could not be recorded. Please try again.</source>
        <translation>The call could not be recorded. Please try again.</translation>
    </message>
    <message>
        <source>%1 was already skipped.</source>
        <translation>%1 was already skipped.</translation>
    </message>
    <message>
        <source>Gate %1 has no number being called.</source>
        <translation>Gate %1 has no number being called.</translation>
    </message>
    <message>
        <source>The number of calls to show must be between 1 and %1.</source>
        <translation>The number of calls to show must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation>--format is csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>--lang is id or en.</source>
        <translation>--lang is id or en.</translation>
    </message>
    <message>
        <source>--dots needs a number of dots from 8 to 2048.</source>
        <translation>--dots needs a number of dots from 8 to 2048.</translation>
    </message>
    <message>
        <source>Ticket %1 was not printed: %2</source>
        <translation>Ticket %1 was not printed: %2</translation>
    </message>
    <message>
        <source>--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00.</source>
        <translation>--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00.</translation>
    </message>
    <message>
        <source>The file %1 is not a JSON object.</source>
        <translation>The file %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The audit log is not intact: %1</source>
        <translation>The audit log is not intact: %1</translation>
    </message>
    <message>
        <source>There is no ticket %1 on %2.</source>
        <translation>There is no ticket %1 on %2.</translation>
    </message>
    <message>
        <source>--paper is 58mm, 80mm or a6.</source>
        <translation>--paper is 58mm, 80mm or a6.</translation>
    </message>
    <message>
        <source>%1 (see besuk-cli --help)</source>
        <translation>%1 (see besuk-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one more word: %2.</source>
        <translation>&quot;%1&quot; needs one more word: %2.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>unknown option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the option %1 takes no value.</source>
        <translation>the option %1 takes no value.</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>the option %1 needs a value.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage: %1</translation>
    </message>
    <message>
        <source>Rows rejected: %1; nothing was imported. Correct them, or import the other rows with --partial.</source>
        <translation>Rows rejected: %1; nothing was imported. Correct them, or import the other rows with --partial.</translation>
    </message>
    <message>
        <source>Rows rejected: %1; the other rows were imported.</source>
        <translation>Rows rejected: %1; the other rows were imported.</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1.</source>
        <translation>--limit needs a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--before needs an entry id (a whole number from 1).</source>
        <translation>--before needs an entry id (a whole number from 1).</translation>
    </message>
    <message>
        <source>--from needs a date like 2025-12-27 or a time like 2025-12-27T09:30.</source>
        <translation>--from needs a date like 2025-12-27 or a time like 2025-12-27T09:30.</translation>
    </message>
    <message>
        <source>--to needs a date like 2025-12-27 or a time like 2025-12-27T17:00.</source>
        <translation>--to needs a date like 2025-12-27 or a time like 2025-12-27T17:00.</translation>
    </message>
    <message>
        <source>call next needs --gate and --officer.</source>
        <translation>call next needs --gate and --officer.</translation>
    </message>
    <message>
        <source>--service is visit or deposit.</source>
        <translation>--service is visit or deposit.</translation>
    </message>
    <message>
        <source>call %1 needs --gate and --officer.</source>
        <translation>call %1 needs --gate and --officer.</translation>
    </message>
    <message>
        <source>--output FILE is required.</source>
        <translation>--output FILE is required.</translation>
    </message>
    <message>
        <source>--from needs a date like 2025-12-27.</source>
        <translation>--from needs a date like 2025-12-27.</translation>
    </message>
    <message>
        <source>--to needs a date like 2025-12-27.</source>
        <translation>--to needs a date like 2025-12-27.</translation>
    </message>
    <message>
        <source>register needs --inmate and at least one --adult NIK:NAME.</source>
        <translation>register needs --inmate and at least one --adult NIK:NAME.</translation>
    </message>
    <message>
        <source>--adult needs NIK:NAME, e.g. --adult &quot;6471050501900003:Budi Santoso&quot;.</source>
        <translation>--adult needs NIK:NAME, e.g. --adult &quot;6471050501900003:Budi Santoso&quot;.</translation>
    </message>
    <message>
        <source>--children needs a whole number from 0.</source>
        <translation>--children needs a whole number from 0.</translation>
    </message>
    <message>
        <source>inspect needs --officer and --outcome.</source>
        <translation>inspect needs --officer and --outcome.</translation>
    </message>
    <message>
        <source>--outcome is cleared or refused.</source>
        <translation>--outcome is cleared or refused.</translation>
    </message>
    <message>
        <source>--phase is entry or exit.</source>
        <translation>--phase is entry or exit.</translation>
    </message>
    <message>
        <source>--item needs DESCRIPTION|DISPOSITION[|TAG], e.g. &quot;Phone|deposited|L-12&quot;.</source>
        <translation>--item needs DESCRIPTION|DISPOSITION[|TAG], e.g. &quot;Phone|deposited|L-12&quot;.</translation>
    </message>
    <message>
        <source>admit needs --officer.</source>
        <translation>admit needs --officer.</translation>
    </message>
    <message>
        <source>checkout needs --officer.</source>
        <translation>checkout needs --officer.</translation>
    </message>
    <message>
        <source>print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100.</source>
        <translation>print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>--printer is system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>--printer is system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</translation>
    </message>
    <message>
        <source>DAYS is a whole number of days, e.g. 365.</source>
        <translation>DAYS is a whole number of days, e.g. 365.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days.</source>
        <translation>--days needs a whole number of days.</translation>
    </message>
    <message>
        <source>person erase removes the person&apos;s name and NIK for good; add --yes to confirm.</source>
        <translation>person erase removes the person&apos;s name and NIK for good; add --yes to confirm.</translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1.</source>
        <translation>--keep needs a whole number of at least 1.</translation>
    </message>
    <message>
        <source>restore replaces the database %1; stop every station that uses it, then add --yes.</source>
        <translation>restore replaces the database %1; stop every station that uses it, then add --yes.</translation>
    </message>
    <message>
        <source>purge needs --before YYYY-MM-DD.</source>
        <translation>purge needs --before YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--before needs a date like 2025-12-01.</source>
        <translation>--before needs a date like 2025-12-01.</translation>
    </message>
    <message>
        <source>inmate add needs --number and --name.</source>
        <translation>inmate add needs --number and --name.</translation>
    </message>
    <message>
        <source>ban add needs --nik and --reason.</source>
        <translation>ban add needs --nik and --reason.</translation>
    </message>
    <message>
        <source>--until needs a date like 2026-06-30.</source>
        <translation>--until needs a date like 2026-06-30.</translation>
    </message>
    <message>
        <source>ban lift needs the ban&apos;s id (see ban list).</source>
        <translation>ban lift needs the ban&apos;s id (see ban list).</translation>
    </message>
    <message>
        <source>--format is json or csv.</source>
        <translation>--format is json or csv.</translation>
    </message>
    <message>
        <source>give the PIN or password on the first line of standard input, or with --pin-file FILE.</source>
        <translation>give the PIN or password on the first line of standard input, or with --pin-file FILE.</translation>
    </message>
    <message>
        <source>user add needs --name and --role.</source>
        <translation>user add needs --name and --role.</translation>
    </message>
    <message>
        <source>--role is guard, staff or admin.</source>
        <translation>--role is guard, staff or admin.</translation>
    </message>
    <message>
        <source>ROLE is guard, staff or admin.</source>
        <translation>ROLE is guard, staff or admin.</translation>
    </message>
    <message>
        <source>visit cancel needs --reason.</source>
        <translation>visit cancel needs --reason.</translation>
    </message>
    <message>
        <source>booking cancel needs --reason.</source>
        <translation>booking cancel needs --reason.</translation>
    </message>
    <message>
        <source>booking close-day needs --reason.</source>
        <translation>booking close-day needs --reason.</translation>
    </message>
    <message>
        <source>The day needs a date like 2025-12-27.</source>
        <translation>The day needs a date like 2025-12-27.</translation>
    </message>
    <message>
        <source>The file is not a picture that can be read.</source>
        <translation>The file is not a picture that can be read.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2025-12-27.</source>
        <translation>--%1 needs a date like 2025-12-27.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Line %1: unexpected text after a closing quote.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Line %1: the text is not valid UTF-8.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Besuk database at %1. Create one with &quot;besuk-cli init&quot;.</source>
        <translation>There is no Besuk database at %1. Create one with &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>The database %1 could not be created: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>The database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address like postgresql://besuk@server:5432/besuk.</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address like postgresql://besuk@server:5432/besuk.</translation>
    </message>
    <message>
        <source>The database server has no database &quot;%1&quot;. See docs/deployment.md.</source>
        <translation>The database server has no database &quot;%1&quot;. See docs/deployment.md.</translation>
    </message>
    <message>
        <source>The database %1 holds no Besuk data yet. Create it with &quot;besuk-cli init&quot;.</source>
        <translation>The database %1 holds no Besuk data yet. Create it with &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The database server at %1 cannot be reached: %2</source>
        <translation>The database server at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation>The database %1 cannot use write-ahead logging.</translation>
    </message>
    <message>
        <source>Another station was saving at the same moment. Please try again.</source>
        <translation>Another station was saving at the same moment. Please try again.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server; nothing was saved.</source>
        <translation>The database server cannot be reached. Check the network and the server; nothing was saved.</translation>
    </message>
    <message>
        <source>This station&apos;s database account may not do this. See docs/deployment.md.</source>
        <translation>This station&apos;s database account may not do this. See docs/deployment.md.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved.</source>
        <translation>The database server&apos;s disk is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Please try again in a moment.</source>
        <translation>The database is busy in another program. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved.</source>
        <translation>The disk holding the database is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database is read-only here. Nothing was saved.</source>
        <translation>The database is read-only here. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only, or the disk has failed. Nothing was saved.</source>
        <translation>The database %1 cannot be written: the file or its folder is read-only, or the disk has failed. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Besuk will not work on it. There is no backup in %2: ask the administrator for the latest backup.</source>
        <translation>The database %1 is damaged. Besuk will not work on it. There is no backup in %2: ask the administrator for the latest backup.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Besuk will not work on it. The latest backup is %2; to restore it, stop every station and run: besuk-cli --db %1 restore %2 --yes</source>
        <translation>The database %1 is damaged. Besuk will not work on it. The latest backup is %2; to restore it, stop every station and run: besuk-cli --db %1 restore %2 --yes</translation>
    </message>
    <message>
        <source>the user name or password was refused</source>
        <translation>the user name or password was refused</translation>
    </message>
    <message>
        <source>check the network, the server and the address</source>
        <translation>check the network, the server and the address</translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation>The database reported an unexpected error.</translation>
    </message>
    <message>
        <source>The database reported an unexpected error (code %1).</source>
        <translation>The database reported an unexpected error (code %1).</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>The database %1 could not be opened.</translation>
    </message>
</context>
<context>
    <name>DemoFacility</name>
    <message>
        <source>Could not make a temporary folder for the demo.</source>
        <translation>Could not make a temporary folder for the demo.</translation>
    </message>
    <message>
        <source>The demo roster is missing from the program.</source>
        <translation>The demo roster is missing from the program.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo&apos;s tickets.</source>
        <translation>Could not make the folder %1 for the demo&apos;s tickets.</translation>
    </message>
</context>
<context>
    <name>EscPosPrinter</name>
    <message>
        <source>paper out</source>
        <translation>paper out</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <source>cutter error</source>
        <translation>cutter error</translation>
    </message>
    <message>
        <source>unrecoverable error</source>
        <translation>unrecoverable error</translation>
    </message>
    <message>
        <source>print head too hot or wrong voltage</source>
        <translation>print head too hot or wrong voltage</translation>
    </message>
    <message>
        <source>printer error</source>
        <translation>printer error</translation>
    </message>
    <message>
        <source>paper being fed with the button</source>
        <translation>paper being fed with the button</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>No device or network address is set for the ESC/POS printer.</source>
        <translation>No device or network address is set for the ESC/POS printer.</translation>
    </message>
    <message>
        <source>The printer %1 gave no answer to the status request within %2 s (if this printer never answers, turn the status question off).</source>
        <translation>The printer %1 gave no answer to the status request within %2 s (if this printer never answers, turn the status question off).</translation>
    </message>
    <message>
        <source>The printer %1 answered the status request with 0x%2, which is not a status.</source>
        <translation>The printer %1 answered the status request with 0x%2, which is not a status.</translation>
    </message>
    <message>
        <source>The printer %1 reports: %2.</source>
        <translation>The printer %1 reports: %2.</translation>
    </message>
    <message>
        <source>The printer&apos;s address %1 is not known.</source>
        <translation>The printer&apos;s address %1 is not known.</translation>
    </message>
    <message>
        <source>The printer at %1 refused the connection: is it switched on, and is the address right?</source>
        <translation>The printer at %1 refused the connection: is it switched on, and is the address right?</translation>
    </message>
    <message>
        <source>The printer at %1 did not accept the connection within %2 s.</source>
        <translation>The printer at %1 did not accept the connection within %2 s.</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached from this computer: is the network cable plugged in, and is the address on this network?</source>
        <translation>The printer at %1 cannot be reached from this computer: is the network cable plugged in, and is the address on this network?</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached (system error %2).</source>
        <translation>The printer at %1 cannot be reached (system error %2).</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection before the ticket was done.</source>
        <translation>The printer at %1 closed the connection before the ticket was done.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</source>
        <translation>The printer at %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</translation>
    </message>
    <message>
        <source>The printer at %1 broke off the connection after %2 of %3 bytes (was it switched off or restarted?).</source>
        <translation>The printer at %1 broke off the connection after %2 of %3 bytes (was it switched off or restarted?).</translation>
    </message>
    <message>
        <source>The connection to the printer at %1 was lost after %2 of %3 bytes (system error %4).</source>
        <translation>The connection to the printer at %1 was lost after %2 of %3 bytes (system error %4).</translation>
    </message>
    <message>
        <source>The printer device %1 is not there: is the printer plugged in and switched on?</source>
        <translation>The printer device %1 is not there: is the printer plugged in and switched on?</translation>
    </message>
    <message>
        <source>This user may not use the printer device %1 (on Debian: add the user to the &quot;lp&quot; group).</source>
        <translation>This user may not use the printer device %1 (on Debian: add the user to the &quot;lp&quot; group).</translation>
    </message>
    <message>
        <source>The printer device %1 is in use by another program.</source>
        <translation>The printer device %1 is in use by another program.</translation>
    </message>
    <message>
        <source>The printer device %1 cannot be opened (system error %2).</source>
        <translation>The printer device %1 cannot be opened (system error %2).</translation>
    </message>
    <message>
        <source>Writing to the printer device %1 failed after %2 of %3 bytes (system error %4).</source>
        <translation>Writing to the printer device %1 failed after %2 of %3 bytes (system error %4).</translation>
    </message>
    <message>
        <source>The printer device %1 is out of paper.</source>
        <translation>The printer device %1 is out of paper.</translation>
    </message>
    <message>
        <source>The printer device %1 went away while printing.</source>
        <translation>The printer device %1 went away while printing.</translation>
    </message>
    <message>
        <source>The printer device %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</source>
        <translation>The printer device %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</translation>
    </message>
    <message>
        <source>Reading from the printer device %1 failed (system error %2).</source>
        <translation>Reading from the printer device %1 failed (system error %2).</translation>
    </message>
    <message>
        <source>The printer at %1 took the whole ticket, then broke off the connection before printing it (was it switched off or restarted?).</source>
        <translation>The printer at %1 took the whole ticket, then broke off the connection before printing it (was it switched off or restarted?).</translation>
    </message>
    <message>
        <source>The printer %1 was not found: looking up its name got no answer within %2 s. Is the network (and its name server) working? An IP address instead of the name avoids the lookup.</source>
        <translation>The printer %1 was not found: looking up its name got no answer within %2 s. Is the network (and its name server) working? An IP address instead of the name avoids the lookup.</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>Facility name</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>Please give the facility a name.</source>
        <translation>Please give the facility a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Use a name like Asia/Makassar.</source>
        <translation>&quot;%1&quot; is not a time zone this computer knows. Use a name like Asia/Makassar.</translation>
    </message>
    <message>
        <source>This database already belongs to a facility.</source>
        <translation>This database already belongs to a facility.</translation>
    </message>
    <message>
        <source>A key file already exists at %1. Move it away or choose another key location.</source>
        <translation>A key file already exists at %1. Move it away or choose another key location.</translation>
    </message>
    <message>
        <source>This database has no facility yet. Create one with &quot;besuk-cli init&quot;.</source>
        <translation>This database has no facility yet. Create one with &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The facility settings in this database are damaged.</source>
        <translation>The facility settings in this database are damaged.</translation>
    </message>
    <message>
        <source>The facility&apos;s rules in this database are damaged.</source>
        <translation>The facility&apos;s rules in this database are damaged.</translation>
    </message>
    <message>
        <source>The key file %1 belongs to another facility. Tickets cannot be signed with it.</source>
        <translation>The key file %1 belongs to another facility. Tickets cannot be signed with it.</translation>
    </message>
</context>
<context>
    <name>FacilityKey</name>
    <message>
        <source>The facility key file %1 does not exist.</source>
        <translation>The facility key file %1 does not exist.</translation>
    </message>
    <message>
        <source>The facility key file %1 cannot be read: %2</source>
        <translation>The facility key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The facility key file %1 is not a valid Besuk key file.</source>
        <translation>The facility key file %1 is not a valid Besuk key file.</translation>
    </message>
    <message>
        <source>The facility key file %1 is damaged: its public key does not match its secret key.</source>
        <translation>The facility key file %1 is damaged: its public key does not match its secret key.</translation>
    </message>
    <message>
        <source>The facility key could not be saved to %1: %2</source>
        <translation>The facility key could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>the folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>permission is denied</translation>
    </message>
    <message>
        <source>the disk or its file system reported an error</source>
        <translation>the disk or its file system reported an error</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>the disk may be full or has failed</source>
        <translation>the disk may be full or has failed</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>The file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation>The file %1 could not be written: %2.</translation>
    </message>
</context>
<context>
    <name>GateService</name>
    <message>
        <source>Not a valid ticket: forged, damaged or from another facility.</source>
        <translation>Not a valid ticket: forged, damaged or from another facility.</translation>
    </message>
    <message>
        <source>This ticket does not match the database. Check the group by hand.</source>
        <translation>This ticket does not match the database. Check the group by hand.</translation>
    </message>
    <message>
        <source>This ticket is not in the database. Check the group by hand.</source>
        <translation>This ticket is not in the database. Check the group by hand.</translation>
    </message>
    <message>
        <source>This ticket was cancelled: %1</source>
        <translation>This ticket was cancelled: %1</translation>
    </message>
    <message>
        <source>Entry was refused at %1: %2</source>
        <translation>Entry was refused at %1: %2</translation>
    </message>
    <message>
        <source>This group already left at %1.</source>
        <translation>This group already left at %1.</translation>
    </message>
    <message>
        <source>Already admitted at %1 by %2.</source>
        <translation>Already admitted at %1 by %2.</translation>
    </message>
    <message>
        <source>This ticket is for %1, not today.</source>
        <translation>This ticket is for %1, not today.</translation>
    </message>
    <message>
        <source>A person in this group is banned from visiting. Call the duty officer.</source>
        <translation>A person in this group is banned from visiting. Call the duty officer.</translation>
    </message>
    <message>
        <source>Valid ticket. Check each adult&apos;s identity card.</source>
        <translation>Valid ticket. Check each adult&apos;s identity card.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Every item needs a description.</source>
        <translation>Every item needs a description.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The deposited item &quot;%1&quot; needs a tag or locker number.</source>
        <translation>The deposited item &quot;%1&quot; needs a tag or locker number.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Please give the reason for refusing entry.</source>
        <translation>Please give the reason for refusing entry.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This group has not been admitted.</source>
        <translation>This group has not been admitted.</translation>
    </message>
    <message>
        <source>Inspection recorded. The group may be admitted.</source>
        <translation>Inspection recorded. The group may be admitted.</translation>
    </message>
    <message>
        <source>Exit inspection recorded.</source>
        <translation>Exit inspection recorded.</translation>
    </message>
    <message>
        <source>Inspect the group&apos;s belongings before admitting.</source>
        <translation>Inspect the group&apos;s belongings before admitting.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted. %n person(s) may enter.</source>
        <translation>
            <numerusform>Admitted. %n person may enter.</numerusform>
            <numerusform>Admitted. %n people may enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked out after %n minute(s).</source>
        <translation>
            <numerusform>Checked out after %n minute.</numerusform>
            <numerusform>Checked out after %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This booking is not in the database. Check the group by hand.</source>
        <translation>This booking is not in the database. Check the group by hand.</translation>
    </message>
    <message>
        <source>This ticket does not match the booking any more: it was changed. Ask for the booking code and check it at the kiosk.</source>
        <translation>This ticket does not match the booking any more: it was changed. Ask for the booking code and check it at the kiosk.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>This booking was cancelled.</translation>
    </message>
    <message>
        <source>This booking is for %1, not today.</source>
        <translation>This booking is for %1, not today.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Booked %1.</translation>
    </message>
    <message>
        <source>Early: booked %1.</source>
        <translation>Early: booked %1.</translation>
    </message>
    <message>
        <source>Late: booked %1.</source>
        <translation>Late: booked %1.</translation>
    </message>
</context>
<context>
    <name>InmateStore</name>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>An inmate with the number %1 is already on the roster.</source>
        <translation>An inmate with the number %1 is already on the roster.</translation>
    </message>
    <message>
        <source>No inmate with the number %1 is on the roster.</source>
        <translation>No inmate with the number %1 is on the roster.</translation>
    </message>
    <message>
        <source>This inmate is not on the roster.</source>
        <translation>This inmate is not on the roster.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line must name the columns: number,name,block (block may be left out).</source>
        <translation>The first line must name the columns: number,name,block (block may be left out).</translation>
    </message>
    <message>
        <source>It has %1 fields; the header has %2.</source>
        <translation>It has %1 fields; the header has %2.</translation>
    </message>
    <message>
        <source>The number %1 appears earlier in this file.</source>
        <translation>The number %1 appears earlier in this file.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
</context>
<context>
    <name>KtpReader</name>
    <message>
        <source>The ID card reader cannot start: its Indonesian text model is not installed (package tesseract-ocr-ind).</source>
        <translation>The ID card reader cannot start: its Indonesian text model is not installed (package tesseract-ocr-ind).</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>The picture cannot be read.</translation>
    </message>
    <message>
        <source>No card text was found. Hold the ID card inside the frame, flat and well lit.</source>
        <translation>No card text was found. Hold the ID card inside the frame, flat and well lit.</translation>
    </message>
    <message>
        <source>The NIK on the card could not be read. Hold the card still, without glare.</source>
        <translation>The NIK on the card could not be read. Hold the card still, without glare.</translation>
    </message>
</context>
<context>
    <name>MessageLocale</name>
    <message>
        <source>en_GB</source>
        <comment>locale for dates in messages</comment>
        <translation>en_GB</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was made by a newer version of Besuk (schema %1). Please update Besuk on this computer.</source>
        <translation>This database was made by a newer version of Besuk (schema %1). Please update Besuk on this computer.</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>Please enter the NIK.</source>
        <translation>Please enter the NIK.</translation>
    </message>
    <message>
        <source>A NIK holds only digits.</source>
        <translation>A NIK holds only digits.</translation>
    </message>
    <message numerus="yes">
        <source>A NIK has 16 digits; this one has %n.</source>
        <translation>
            <numerusform>A NIK has 16 digits; this one has %n.</numerusform>
            <numerusform>A NIK has 16 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The province code in the NIK (digits 1-2) cannot be 00. Please check the NIK.</source>
        <translation>The province code in the NIK (digits 1-2) cannot be 00. Please check the NIK.</translation>
    </message>
    <message>
        <source>The regency code in the NIK (digits 3-4) cannot be 00. Please check the NIK.</source>
        <translation>The regency code in the NIK (digits 3-4) cannot be 00. Please check the NIK.</translation>
    </message>
    <message>
        <source>The district code in the NIK (digits 5-6) cannot be 00. Please check the NIK.</source>
        <translation>The district code in the NIK (digits 5-6) cannot be 00. Please check the NIK.</translation>
    </message>
    <message>
        <source>The day of birth in the NIK (digits 7-8) is not valid. Please check the NIK.</source>
        <translation>The day of birth in the NIK (digits 7-8) is not valid. Please check the NIK.</translation>
    </message>
    <message>
        <source>The month of birth in the NIK (digits 9-10) is not valid. Please check the NIK.</source>
        <translation>The month of birth in the NIK (digits 9-10) is not valid. Please check the NIK.</translation>
    </message>
    <message>
        <source>The birth date in the NIK (digits 7-12) does not exist. Please check the NIK.</source>
        <translation>The birth date in the NIK (digits 7-12) does not exist. Please check the NIK.</translation>
    </message>
    <message>
        <source>The birth date in the NIK is after today. Please check the NIK.</source>
        <translation>The birth date in the NIK is after today. Please check the NIK.</translation>
    </message>
    <message>
        <source>The last four digits of the NIK cannot be 0000. Please check the NIK.</source>
        <translation>The last four digits of the NIK cannot be 0000. Please check the NIK.</translation>
    </message>
</context>
<context>
    <name>OfflineGate</name>
    <message>
        <source>This station has no copy of today&apos;s tickets yet: it needs the server once.</source>
        <translation>This station has no copy of today&apos;s tickets yet: it needs the server once.</translation>
    </message>
    <message>
        <source>A booked ticket whose group has not arrived yet needs the server. Check the group by hand.</source>
        <translation>A booked ticket whose group has not arrived yet needs the server. Check the group by hand.</translation>
    </message>
    <message>
        <source>This ticket is not in this station&apos;s copy of today&apos;s tickets. Check the group by hand.</source>
        <translation>This ticket is not in this station&apos;s copy of today&apos;s tickets. Check the group by hand.</translation>
    </message>
    <message>
        <source>Registered at %1 while the server could not be reached: the inmate and the group are printed on the ticket. Check them by hand.</source>
        <translation>Registered at %1 while the server could not be reached: the inmate and the group are printed on the ticket. Check them by hand.</translation>
    </message>
</context>
<context>
    <name>OfflineKiosk</name>
    <message>
        <source>This kiosk cannot give more queue numbers until the server is back. Please go to the registration desk.</source>
        <translation>This kiosk cannot give more queue numbers until the server is back. Please go to the registration desk.</translation>
    </message>
</context>
<context>
    <name>PrinterUri</name>
    <message>
        <source>&quot;%1&quot; does not name a printer. Use system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>&quot;%1&quot; does not name a printer. Use system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</translation>
    </message>
</context>
<context>
    <name>QueueBlocks</name>
    <message>
        <source>No more queue numbers can be reserved today.</source>
        <translation>No more queue numbers can be reserved today.</translation>
    </message>
    <message>
        <source>Please name the kiosk (up to 100 characters).</source>
        <translation>Please name the kiosk (up to 100 characters).</translation>
    </message>
</context>
<context>
    <name>RangeWorkbook</name>
    <message>
        <source>The spreadsheet could not be made: %1</source>
        <translation>The spreadsheet could not be made: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <source>Please enter at least one adult visitor with a NIK.</source>
        <translation>Please enter at least one adult visitor with a NIK.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and %1.</source>
        <translation>The number of children must be between 0 and %1.</translation>
    </message>
    <message>
        <source>The NIK %1 is entered twice.</source>
        <translation>The NIK %1 is entered twice.</translation>
    </message>
    <message>
        <source>Children can visit only with an adult aged %1 or over. Please come with an adult.</source>
        <translation>Children can visit only with an adult aged %1 or over. Please come with an adult.</translation>
    </message>
    <message>
        <source>A group may have at most %1 people, children included; this one has %2. Please register fewer people.</source>
        <translation>A group may have at most %1 people, children included; this one has %2. Please register fewer people.</translation>
    </message>
    <message>
        <source>A group may have at most %1 adults; this one has %2.</source>
        <translation>A group may have at most %1 adults; this one has %2.</translation>
    </message>
    <message>
        <source>Registration is open from %1 to %2. Please come back then.</source>
        <translation>Registration is open from %1 to %2. Please come back then.</translation>
    </message>
    <message>
        <source>No more queue numbers can be given today.</source>
        <translation>No more queue numbers can be given today.</translation>
    </message>
    <message>
        <source>No inmate with the number %1 was found. Please check the number or search by name.</source>
        <translation>No inmate with the number %1 was found. Please check the number or search by name.</translation>
    </message>
    <message>
        <source>%1 cannot receive visits at the moment. Please ask an officer.</source>
        <translation>%1 cannot receive visits at the moment. Please ask an officer.</translation>
    </message>
    <message>
        <source>Visits to %1 are on these days: %2. Please come back then.</source>
        <translation>Visits to %1 are on these days: %2. Please come back then.</translation>
    </message>
    <message>
        <source>This registration cannot be completed here. Please see an officer.</source>
        <translation>This registration cannot be completed here. Please see an officer.</translation>
    </message>
    <message>
        <source>%1 has already had the visits allowed this week. The next visit can be from %2.</source>
        <translation>%1 has already had the visits allowed this week. The next visit can be from %2.</translation>
    </message>
    <message>
        <source>Today&apos;s visits are full. Please come on another visiting day.</source>
        <translation>Today&apos;s visits are full. Please come on another visiting day.</translation>
    </message>
    <message>
        <source>All of today&apos;s visiting sessions are full. Please come on another visiting day.</source>
        <translation>All of today&apos;s visiting sessions are full. Please come on another visiting day.</translation>
    </message>
    <message>
        <source>This NIK has already been added to the group. Each person is entered once.</source>
        <translation>This NIK has already been added to the group. Each person is entered once.</translation>
    </message>
    <message numerus="yes">
        <source>A group may have at most %n adult(s). Please continue without this person.</source>
        <translation>
            <numerusform>A group may have at most %n adult. Please continue without this person.</numerusform>
            <numerusform>A group may have at most %n adults. Please continue without this person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
    <message>
        <source>This is not a queue ticket of this facility. Please ask an officer.</source>
        <translation>This is not a queue ticket of this facility. Please ask an officer.</translation>
    </message>
    <message>
        <source>This ticket is not in the database. Please ask an officer.</source>
        <translation>This ticket is not in the database. Please ask an officer.</translation>
    </message>
    <message>
        <source>This ticket already has a queue number for today: %1. Please wait until it is called.</source>
        <translation>This ticket already has a queue number for today: %1. Please wait until it is called.</translation>
    </message>
    <message>
        <source>The visitors of this ticket are no longer on record. Please register as a new visit.</source>
        <translation>The visitors of this ticket are no longer on record. Please register as a new visit.</translation>
    </message>
    <message>
        <source>The queue number %1 was not reserved for %2.</source>
        <translation>The queue number %1 was not reserved for %2.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>The retention setting in this database is damaged.</source>
        <translation>The retention setting in this database is damaged.</translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 days.</source>
        <translation>The retention period must be between %1 and %2 days.</translation>
    </message>
    <message>
        <source>Nothing is stored about the NIK %1.</source>
        <translation>Nothing is stored about the NIK %1.</translation>
    </message>
    <message>
        <source>Ban reasons are for staff. Review them before handing this file to the person.</source>
        <translation>Ban reasons are for staff. Review them before handing this file to the person.</translation>
    </message>
    <message>
        <source>Give the date to purge before, like 2025-12-01.</source>
        <translation>Give the date to purge before, like 2025-12-01.</translation>
    </message>
    <message>
        <source>Only days before today can be purged; %1 is after today.</source>
        <translation>Only days before today can be purged; %1 is after today.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The rule &quot;%1&quot; has a value that cannot be used.</source>
        <translation>The rule &quot;%1&quot; has a value that cannot be used.</translation>
    </message>
    <message>
        <source>Visiting days must be weekdays 1 (Monday) to 7 (Sunday).</source>
        <translation>Visiting days must be weekdays 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>Visiting hours must open before they close.</source>
        <translation>Visiting hours must open before they close.</translation>
    </message>
    <message>
        <source>Each session needs a name, a start before its end, and a capacity of 0 or more.</source>
        <translation>Each session needs a name, a start before its end, and a capacity of 0 or more.</translation>
    </message>
    <message>
        <source>The group size limit must be between 1 and 50.</source>
        <translation>The group size limit must be between 1 and 50.</translation>
    </message>
    <message>
        <source>The adult limit must be at least 1 and no more than the group size limit.</source>
        <translation>The adult limit must be at least 1 and no more than the group size limit.</translation>
    </message>
    <message>
        <source>Limits cannot be negative (0 means no limit).</source>
        <translation>Limits cannot be negative (0 means no limit).</translation>
    </message>
    <message>
        <source>The visit time limit must be between 1 and 1440 minutes.</source>
        <translation>The visit time limit must be between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <source>Each prohibited item needs a name of at most %1 characters.</source>
        <translation>Each prohibited item needs a name of at most %1 characters.</translation>
    </message>
    <message>
        <source>The prohibited-items list holds at most %1 items.</source>
        <translation>The prohibited-items list holds at most %1 items.</translation>
    </message>
    <message>
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
    <name>StationJournal</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>StationLauncher</name>
    <message>
        <source>Besuk: visitor check-in for detention-centre visiting rooms.</source>
        <translation>Besuk: visitor check-in for detention-centre visiting rooms.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Run on a fresh demo facility in a temporary folder (the kiosk unless --station says otherwise).</source>
        <translation>Run on a fresh demo facility in a temporary folder (the kiosk unless --station says otherwise).</translation>
    </message>
    <message>
        <source>The database: a SQLite file or a postgresql:// URL (default: %1).</source>
        <translation>The database: a SQLite file or a postgresql:// URL (default: %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>The facility&apos;s signing-key file (default: beside the database).</source>
        <translation>The facility&apos;s signing-key file (default: beside the database).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Fill the screen; leaving needs the admin PIN.</source>
        <translation>Fill the screen; leaving needs the admin PIN.</translation>
    </message>
    <message>
        <source>The language each visitor starts in: id or en.</source>
        <translation>The language each visitor starts in: id or en.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Try: besuk --help</source>
        <translation>Try: besuk --help</translation>
    </message>
    <message>
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
        <source>The station cannot start: %1
To see a demo instead, run: besuk --demo</source>
        <translation>The station cannot start: %1
To see a demo instead, run: besuk --demo</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>The station to run: kiosk, gate, display or staff; several, comma-separated, open one window each.</source>
        <translation>The station to run: kiosk, gate, display or staff; several, comma-separated, open one window each.</translation>
    </message>
    <message>
        <source>Say which station to run, e.g. --station kiosk, or try --demo.</source>
        <translation>Say which station to run, e.g. --station kiosk, or try --demo.</translation>
    </message>
    <message>
        <source>Unknown station &quot;%1&quot;: choose kiosk, gate, display or staff.</source>
        <translation>Unknown station &quot;%1&quot;: choose kiosk, gate, display or staff.</translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db and --key.</source>
        <translation>--demo makes its own database; leave out --db and --key.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose id or en.</source>
        <translation>Unknown language &quot;%1&quot;: choose id or en.</translation>
    </message>
    <message>
        <source>Besuk</source>
        <translation>Besuk</translation>
    </message>
    <message>
        <source>Demo facility in %1 (removed when you quit); tickets are kept as PDF files in %2. Admin PIN: %3.
Gate sign-in: user &quot;%4&quot;, PIN %3; staff console: user &quot;%5&quot;, PIN %3.
</source>
        <translation>Demo facility in %1 (removed when you quit); tickets are kept as PDF files in %2. Admin PIN: %3.
Gate sign-in: user &quot;%4&quot;, PIN %3; staff console: user &quot;%5&quot;, PIN %3.
</translation>
    </message>
</context>
<context>
    <name>TallyService</name>
    <message>
        <source>Please give valid dates.</source>
        <translation>Please give valid dates.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>The range ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>A range covers at most %1 days; %2 to %3 has %4.</source>
        <translation>A range covers at most %1 days; %2 to %3 has %4.</translation>
    </message>
</context>
<context>
    <name>TicketCodec</name>
    <message>
        <source>This is not a valid ticket of this facility.</source>
        <translation>This is not a valid ticket of this facility.</translation>
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
        <source>Men %1</source>
        <translation>Men %1</translation>
    </message>
    <message>
        <source>Women %1</source>
        <translation>Women %1</translation>
    </message>
    <message>
        <source>Children %1</source>
        <translation>Children %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Lead visitor</translation>
    </message>
    <message>
        <source>Keep this ticket; show it at the gate.</source>
        <translation>Keep this ticket; show it at the gate.</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>The ticket could not be printed. Please take a photo of the QR code on the screen, or ask an officer.</source>
        <translation>The ticket could not be printed. Please take a photo of the QR code on the screen, or ask an officer.</translation>
    </message>
    <message>
        <source>No PDF file is set for tickets.</source>
        <translation>No PDF file is set for tickets.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>The folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>The PDF &quot;%1&quot; could not be started.</translation>
    </message>
    <message>
        <source>No default printer is set up.</source>
        <translation>No default printer is set up.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>The printer &quot;%1&quot; is not available.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; reports an error (paper, cover or connection).</source>
        <translation>The printer &quot;%1&quot; reports an error (paper, cover or connection).</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept the paper size %2.</source>
        <translation>The printer &quot;%1&quot; does not accept the paper size %2.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not start.</source>
        <translation>The printer &quot;%1&quot; did not start.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; failed while printing.</source>
        <translation>The printer &quot;%1&quot; failed while printing.</translation>
    </message>
    <message>
        <source>Unknown printer kind.</source>
        <translation>Unknown printer kind.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: may this user write in that folder, and is the disk not full?</source>
        <translation>The file &quot;%1&quot; cannot be created: may this user write in that folder, and is the disk not full?</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be saved: is the disk full?</source>
        <translation>The file &quot;%1&quot; could not be saved: is the disk full?</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Face-to-face visit</source>
        <translation>Face-to-face visit</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name must be %1 to %2 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The user name must be %1 to %2 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The PIN or password must be %1 to %2 characters long.</source>
        <translation>The PIN or password must be %1 to %2 characters long.</translation>
    </message>
    <message>
        <source>The PIN or password cannot contain line breaks, tabs or other control characters.</source>
        <translation>The PIN or password cannot contain line breaks, tabs or other control characters.</translation>
    </message>
    <message>
        <source>The PIN or password cannot be only spaces.</source>
        <translation>The PIN or password cannot be only spaces.</translation>
    </message>
    <message>
        <source>The PIN or password could not be stored (out of memory).</source>
        <translation>The PIN or password could not be stored (out of memory).</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>This is the last active admin. Make another user an admin first, so that someone can still manage users.</source>
        <translation>This is the last active admin. Make another user an admin first, so that someone can still manage users.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>Wrong user name or PIN.</source>
        <translation>Wrong user name or PIN.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again after %1.</source>
        <translation>Too many wrong attempts. Try again after %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an admin to enable it.</source>
        <translation>The account %1 is disabled. Ask an admin to enable it.</translation>
    </message>
    <message>
        <source>An active administrator already exists. Please sign in, or ask an administrator for an account.</source>
        <translation>An active administrator already exists. Please sign in, or ask an administrator for an account.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message numerus="yes">
        <source>Name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Name is too long: use at most %n character.</numerusform>
            <numerusform>Name is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name cannot contain digits. Please enter the name in letters.</source>
        <translation>Name cannot contain digits. Please enter the name in letters.</translation>
    </message>
    <message>
        <source>Name must be on one line, with ordinary spaces between words.</source>
        <translation>Name must be on one line, with ordinary spaces between words.</translation>
    </message>
    <message>
        <source>Name contains an invisible or unknown character. Please type the name again.</source>
        <translation>Name contains an invisible or unknown character. Please type the name again.</translation>
    </message>
    <message>
        <source>Name cannot contain &quot;%1&quot;. Use only letters, spaces, apostrophes, hyphens, periods and commas.</source>
        <translation>Name cannot contain &quot;%1&quot;. Use only letters, spaces, apostrophes, hyphens, periods and commas.</translation>
    </message>
    <message>
        <source>Name must contain at least one letter.</source>
        <translation>Name must contain at least one letter.</translation>
    </message>
    <message>
        <source>Please enter the inmate number.</source>
        <translation>Please enter the inmate number.</translation>
    </message>
    <message numerus="yes">
        <source>Inmate number is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Inmate number is too long: use at most %n character.</numerusform>
            <numerusform>Inmate number is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inmate number can only contain letters A-Z, digits, spaces, &apos;.&apos;, &apos;/&apos; and &apos;-&apos;.</source>
        <translation>Inmate number can only contain letters A-Z, digits, spaces, &apos;.&apos;, &apos;/&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Inmate number must contain at least one letter or digit.</source>
        <translation>Inmate number must contain at least one letter or digit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: use at most %n characters.</source>
        <translation>
            <numerusform>%1 is too long: use at most %n character.</numerusform>
            <numerusform>%1 is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be on one line, without tabs or other control characters.</source>
        <translation>%1 must be on one line, without tabs or other control characters.</translation>
    </message>
    <message>
        <source>%1 contains a broken character. Please type it again.</source>
        <translation>%1 contains a broken character. Please type it again.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
</context>
<context>
    <name>VisitAdmin</name>
    <message>
        <source>Ticket %1 cannot be cancelled: the group was already admitted at %2.</source>
        <translation>Ticket %1 cannot be cancelled: the group was already admitted at %2.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be cancelled: the group already visited and left at %2.</source>
        <translation>Ticket %1 cannot be cancelled: the group already visited and left at %2.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be cancelled: entry was already refused at %2.</source>
        <translation>Ticket %1 cannot be cancelled: entry was already refused at %2.</translation>
    </message>
    <message>
        <source>Ticket %1 was already cancelled at %2.</source>
        <translation>Ticket %1 was already cancelled at %2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no ticket with this number.</source>
        <translation>There is no ticket with this number.</translation>
    </message>
    <message>
        <source>Type a queue number such as A-042.</source>
        <translation>Type a queue number such as A-042.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>There is no ticket %1 today.</translation>
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
<context>
    <name>besuk::AdminPinDialog</name>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
    <message>
        <source>close the kiosk</source>
        <translation>close the kiosk</translation>
    </message>
    <message>
        <source>leave full screen</source>
        <translation>leave full screen</translation>
    </message>
    <message>
        <source>Enter the admin PIN to %1.</source>
        <translation>Enter the admin PIN to %1.</translation>
    </message>
    <message>
        <source>No admin PIN has been set yet, so anyone can %1. Set one for this facility with: besuk-cli admin-pin set PIN</source>
        <translation>No admin PIN has been set yet, so anyone can %1. Set one for this facility with: besuk-cli admin-pin set PIN</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>besuk::AdultsScreen</name>
    <message>
        <source>Adult visitors</source>
        <translation>Adult visitors</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name as on the KTP</source>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Please add at least one adult with a NIK. Children come with an adult.</source>
        <translation>Please add at least one adult with a NIK. Children come with an adult.</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s) old</source>
        <translation>
            <numerusform>%1, %n year old</numerusform>
            <numerusform>%1, %n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>Under %1: counted as a child.</source>
        <translation>Under %1: counted as a child.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s)</source>
        <translation>
            <numerusform>%1, %n year</numerusform>
            <numerusform>%1, %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (child)</source>
        <translation>%1 (child)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Remove %1 from the group</translation>
    </message>
    <message>
        <source>Nobody added yet.</source>
        <translation>Nobody added yet.</translation>
    </message>
    <message numerus="yes">
        <source>In this group: %n adult(s)</source>
        <translation>
            <numerusform>In this group: %n adult</numerusform>
            <numerusform>In this group: %n adults</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>Scan ID card</translation>
    </message>
    <message>
        <source>Type %1, the region code of this area</source>
        <translation>Type %1, the region code of this area</translation>
    </message>
    <message>
        <source>Type %1, the same area as the previous person</source>
        <translation>Type %1, the same area as the previous person</translation>
    </message>
    <message>
        <source>Type the NIK (16 digits on the KTP), or clear the name.</source>
        <translation>Type the NIK (16 digits on the KTP), or clear the name.</translation>
    </message>
    <message>
        <source>The NIK has %1 of %2 digits. Finish it, or tap Clear.</source>
        <translation>The NIK has %1 of %2 digits. Finish it, or tap Clear.</translation>
    </message>
    <message>
        <source>Type the name as on the KTP, or clear the NIK.</source>
        <translation>Type the name as on the KTP, or clear the NIK.</translation>
    </message>
    <message numerus="yes">
        <source>Enter the NIK (16 digits on the KTP) and the name of each adult. Tap &quot;Add this person&quot; to enter another, or &quot;Next&quot; when everyone is in. At most %n adult(s) per group.</source>
        <translation>
            <numerusform>Enter the NIK (16 digits on the KTP) and the name of each adult. Tap &quot;Add this person&quot; to enter another, or &quot;Next&quot; when everyone is in. At most %n adult per group.</numerusform>
            <numerusform>Enter the NIK (16 digits on the KTP) and the name of each adult. Tap &quot;Add this person&quot; to enter another, or &quot;Next&quot; when everyone is in. At most %n adults per group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::Announcer</name>
    <message>
        <source>The speech data (espeak-ng-data) is not installed.</source>
        <translation>The speech data (espeak-ng-data) is not installed.</translation>
    </message>
    <message>
        <source>The speech voice &quot;%1&quot; is not installed.</source>
        <translation>The speech voice &quot;%1&quot; is not installed.</translation>
    </message>
    <message>
        <source>The announcement could not be spoken.</source>
        <translation>The announcement could not be spoken.</translation>
    </message>
</context>
<context>
    <name>besuk::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies), none altered or removed.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, none altered or removed.</numerusform>
            <numerusform>The audit log is intact: %n entries, none altered or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>The audit log has been tampered with: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What, e.g. visit. or export</source>
        <translation>What, e.g. visit. or export</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>besuk::BansPage</name>
    <message>
        <source>Bans</source>
        <translation>Bans</translation>
    </message>
    <message>
        <source>People who may not visit, by NIK. The reason is for staff and guards only: the visitor is only asked to see an officer.</source>
        <translation>People who may not visit, by NIK. The reason is for staff and guards only: the visitor is only asked to see an officer.</translation>
    </message>
    <message>
        <source>No bans are in force.</source>
        <translation>No bans are in force.</translation>
    </message>
    <message>
        <source>&amp;Lift ban…</source>
        <translation>&amp;Lift ban…</translation>
    </message>
    <message>
        <source>New ban</source>
        <translation>New ban</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>&amp;Ends after</source>
        <translation>&amp;Ends after</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Add ban</source>
        <translation>&amp;Add ban</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>Lift ban</translation>
    </message>
    <message>
        <source>Lift the ban on %1? They can register for visits again.</source>
        <translation>Lift the ban on %1? They can register for visits again.</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>%1 may not visit until %2 (inclusive).</source>
        <translation>%1 may not visit until %2 (inclusive).</translation>
    </message>
    <message>
        <source>%1 may not visit until the ban is lifted.</source>
        <translation>%1 may not visit until the ban is lifted.</translation>
    </message>
    <message>
        <source>The ban on %1 was lifted.</source>
        <translation>The ban on %1 was lifted.</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>For staff and guards only</source>
        <translation>For staff and guards only</translation>
    </message>
    <message>
        <source>Without an end date the ban lasts until it is lifted.</source>
        <translation>Without an end date the ban lasts until it is lifted.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Banned by</source>
        <translation>Banned by</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until (last day)</source>
        <translation>Until (last day)</translation>
    </message>
</context>
<context>
    <name>besuk::BookingCodeScreen</name>
    <message>
        <source>Your booking code</source>
        <translation>Your booking code</translation>
    </message>
    <message>
        <source>Type the 8 letters and digits of your booking code, for example K7QM-4ZPX. The dash is not needed.</source>
        <translation>Type the 8 letters and digits of your booking code, for example K7QM-4ZPX. The dash is not needed.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Find my booking</translation>
    </message>
</context>
<context>
    <name>besuk::BookingRulesBox</name>
    <message>
        <source>Booking ahead (booking site)</source>
        <translation>Booking ahead (booking site)</translation>
    </message>
    <message>
        <source>Families may &amp;book visits ahead</source>
        <translation>Families may &amp;book visits ahead</translation>
    </message>
    <message>
        <source>Days that can be booked a&amp;head</source>
        <translation>Days that can be booked a&amp;head</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Remove slot</translation>
    </message>
    <message>
        <source>Copy these slots to every visiting day</source>
        <translation>Copy these slots to every visiting day</translation>
    </message>
    <message>
        <source>A visiting day without slots cannot be booked. Capacity counts every visitor, children included.</source>
        <translation>A visiting day without slots cannot be booked. Capacity counts every visitor, children included.</translation>
    </message>
    <message>
        <source>Booking for a day closes the eve&amp;ning before at</source>
        <translation>Booking for a day closes the eve&amp;ning before at</translation>
    </message>
    <message>
        <source>Arrival tolerance before and after the slot (&amp;minutes)</source>
        <translation>Arrival tolerance before and after the slot (&amp;minutes)</translation>
    </message>
    <message>
        <source>O&amp;pen bookings per person (NIK)</source>
        <translation>O&amp;pen bookings per person (NIK)</translation>
    </message>
    <message>
        <source>Slots &amp;for</source>
        <translation>Slots &amp;for</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Add slot</translation>
    </message>
</context>
<context>
    <name>besuk::BookingScreen</name>
    <message>
        <source>Your booking</source>
        <translation>Your booking</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>This booking has already been used to check in. Confirm to see the same ticket and queue number again.</source>
        <translation>This booking has already been used to check in. Confirm to see the same ticket and queue number again.</translation>
    </message>
    <message>
        <source>Please check that this is your booking, then confirm to get your queue number and ticket.</source>
        <translation>Please check that this is your booking, then confirm to get your queue number and ticket.</translation>
    </message>
</context>
<context>
    <name>besuk::BusyShade</name>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>besuk::CallPanel</name>
    <message>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>A — visits</source>
        <translation>A — visits</translation>
    </message>
    <message>
        <source>B — item drop-off</source>
        <translation>B — item drop-off</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The number this gate called last</source>
        <translation>The number this gate called last</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>Call next (F5)</source>
        <translation>Call next (F5)</translation>
    </message>
    <message>
        <source>Call again (F6)</source>
        <translation>Call again (F6)</translation>
    </message>
    <message>
        <source>No-show (F7)</source>
        <translation>No-show (F7)</translation>
    </message>
</context>
<context>
    <name>besuk::CameraInput</name>
    <message>
        <source>No camera was found. Scan with the barcode scanner or type the number.</source>
        <translation>No camera was found. Scan with the barcode scanner or type the number.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; was not found.</source>
        <translation>The camera &quot;%1&quot; was not found.</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>Camera problem: %1</translation>
    </message>
</context>
<context>
    <name>besuk::ChangeFeed</name>
    <message>
        <source>Could not listen for changes from the database server.</source>
        <translation>Could not listen for changes from the database server.</translation>
    </message>
</context>
<context>
    <name>besuk::CheckOutScreen</name>
    <message>
        <source>Deposited items to hand back (tick each one)</source>
        <translation>Deposited items to hand back (tick each one)</translation>
    </message>
    <message>
        <source>Nothing was deposited at the entry.</source>
        <translation>Nothing was deposited at the entry.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Check out (Ctrl+Enter)</source>
        <translation>Check out (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Exit — %1</source>
        <translation>Exit — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (visiting %2) has been inside for %n minute(s).</source>
        <translation>
            <numerusform>%1 (visiting %2) has been inside for %n minute.</numerusform>
            <numerusform>%1 (visiting %2) has been inside for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — tag %2 handed back</source>
        <translation>%1 — tag %2 handed back</translation>
    </message>
</context>
<context>
    <name>besuk::ClosedDaysBox</name>
    <message>
        <source>%1 is closed for visits. Families who booked it see the reason.</source>
        <translation>%1 is closed for visits. Families who booked it see the reason.</translation>
    </message>
    <message>
        <source>Please choose the day to reopen in the list.</source>
        <translation>Please choose the day to reopen in the list.</translation>
    </message>
    <message>
        <source>%1 is open for visits again.</source>
        <translation>%1 is open for visits again.</translation>
    </message>
    <message>
        <source>Closed days (holiday, lockdown)</source>
        <translation>Closed days (holiday, lockdown)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Shown to families who booked this day</source>
        <translation>Shown to families who booked this day</translation>
    </message>
    <message>
        <source>Reopen chosen day</source>
        <translation>Reopen chosen day</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Close day</translation>
    </message>
</context>
<context>
    <name>besuk::DashboardPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Visitors on %1</source>
        <translation>Visitors on %1</translation>
    </message>
    <message>
        <source>Visitors from %1 to %2</source>
        <translation>Visitors from %1 to %2</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>visitors registered</source>
        <translation>visitors registered</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Visitors registered per hour</source>
        <translation>Visitors registered per hour</translation>
    </message>
    <message>
        <source>Visitors registered per day</source>
        <translation>Visitors registered per day</translation>
    </message>
    <message>
        <source>men %1 · women %2 · children %3</source>
        <translation>men %1 · women %2 · children %3</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Booked, arrived</source>
        <translation>Booked, arrived</translation>
    </message>
    <message>
        <source>Booked, expected</source>
        <translation>Booked, expected</translation>
    </message>
    <message>
        <source>Booked, no-show</source>
        <translation>Booked, no-show</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) today from gates that worked apart from the server (a ticket admitted at two gates, or refused by the server): see Stations.</source>
        <translation>
            <numerusform>%n alert today from gates that worked apart from the server (a ticket admitted at two gates, or refused by the server): see Stations.</numerusform>
            <numerusform>%n alerts today from gates that worked apart from the server (a ticket admitted at two gates, or refused by the server): see Stations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::DataPage</name>
    <message>
        <source>Retention and backups</source>
        <translation>Retention and backups</translation>
    </message>
    <message>
        <source>Retention of personal data</source>
        <translation>Retention of personal data</translation>
    </message>
    <message>
        <source>Names and NIKs of visits older than this are removed; every tally stays exactly the same. Run it by hand here or nightly with: besuk-cli retention run</source>
        <translation>Names and NIKs of visits older than this are removed; every tally stays exactly the same. Run it by hand here or nightly with: besuk-cli retention run</translation>
    </message>
    <message>
        <source>&amp;Keep for (days)</source>
        <translation>&amp;Keep for (days)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Anonymise older visits now…</source>
        <translation>&amp;Anonymise older visits now…</translation>
    </message>
    <message>
        <source>One person&apos;s data (by NIK)</source>
        <translation>One person&apos;s data (by NIK)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>K&amp;eep the last</source>
        <translation>K&amp;eep the last</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>NIK, 16 digits</source>
        <translation>NIK, 16 digits</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Save the person&apos;s data</source>
        <translation>Save the person&apos;s data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>PostgreSQL: back up the server with pg_dump (see docs/deployment.md).</source>
        <translation>PostgreSQL: back up the server with pg_dump (see docs/deployment.md).</translation>
    </message>
    <message numerus="yes">
        <source>Personal data is now kept for %n day(s).</source>
        <translation>
            <numerusform>Personal data is now kept for %n day.</numerusform>
            <numerusform>Personal data is now kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the names and NIKs of every visit older than %n day(s)? This cannot be undone; the tallies stay the same.</source>
        <translation>
            <numerusform>Remove the names and NIKs of every visit older than %n day? This cannot be undone; the tallies stay the same.</numerusform>
            <numerusform>Remove the names and NIKs of every visit older than %n days? This cannot be undone; the tallies stay the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</source>
        <translation>
            <numerusform>%n visit anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</numerusform>
            <numerusform>%n visits anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Erase the name and NIK of %1 from every visit? Bans on this NIK stay. This cannot be undone.</source>
        <translation>Erase the name and NIK of %1 from every visit? Bans on this NIK stay. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n visit(s).</source>
        <translation>
            <numerusform>Erased from %n visit.</numerusform>
            <numerusform>Erased from %n visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
</context>
<context>
    <name>besuk::DemoNotice</name>
    <message>
        <source>Besuk demo</source>
        <translation>Besuk demo</translation>
    </message>
    <message>
        <source>The kiosk saves each ticket as a PDF file in this folder. The folder stays when you quit; the demo&apos;s database does not.</source>
        <translation>The kiosk saves each ticket as a PDF file in this folder. The folder stays when you quit; the demo&apos;s database does not.</translation>
    </message>
    <message>
        <source>&amp;Open the tickets folder</source>
        <translation>&amp;Open the tickets folder</translation>
    </message>
    <message>
        <source>Gate: user &quot;%1&quot;, PIN %3. Staff console: user &quot;%2&quot;, PIN %3. Kiosk admin PIN: %3.</source>
        <translation>Gate: user &quot;%1&quot;, PIN %3. Staff console: user &quot;%2&quot;, PIN %3. Kiosk admin PIN: %3.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Open it yourself: %1</source>
        <translation>No file manager could open the folder. Open it yourself: %1</translation>
    </message>
</context>
<context>
    <name>besuk::DisplayWindow</name>
    <message>
        <source>Besuk: now serving</source>
        <translation>Besuk: now serving</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Called again</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>Please wait: numbers are called here, with a chime and an announcement.</source>
        <translation>Please wait: numbers are called here, with a chime and an announcement.</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>The board may be out of date: %1</source>
        <translation>The board may be out of date: %1</translation>
    </message>
</context>
<context>
    <name>besuk::ExportsPage</name>
    <message>
        <source>XLSX files (*.xlsx)</source>
        <translation>XLSX files (*.xlsx)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>&amp;XLSX spreadsheet</source>
        <translation>&amp;XLSX spreadsheet</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or XLSX, one row per day) or the official day report (PDF, A4) for a date or a range of dates. Every export is recorded in the audit log. For a daily export by cron: besuk-cli export --format pdf --output FILE</source>
        <translation>A spreadsheet (CSV or XLSX, one row per day) or the official day report (PDF, A4) for a date or a range of dates. Every export is recorded in the audit log. For a daily export by cron: besuk-cli export --format pdf --output FILE</translation>
    </message>
    <message>
        <source>Exports and reports</source>
        <translation>Exports and reports</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF day report</source>
        <translation>&amp;PDF day report</translation>
    </message>
    <message>
        <source>&amp;CSV spreadsheet</source>
        <translation>&amp;CSV spreadsheet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>besuk::FirstAdminScreen</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Create administrator</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the PIN again in both fields.</source>
        <translation>The two PINs are not the same. Please type the PIN again in both fields.</translation>
    </message>
    <message>
        <source>This facility has no active administrator yet. The administrator made here signs in to the staff console and creates the accounts of staff and guards.</source>
        <translation>This facility has no active administrator yet. The administrator made here signs in to the staff console and creates the accounts of staff and guards.</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>&amp;Back to sign-in</translation>
    </message>
</context>
<context>
    <name>besuk::GateDesk</name>
    <message>
        <source>This account may not run a gate.</source>
        <translation>This account may not run a gate.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Scan a ticket first.</source>
        <translation>Scan a ticket first.</translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now. Scanned tickets are still inspected, admitted and checked out here.</source>
        <translation>This needs the server, which cannot be reached now. Scanned tickets are still inspected, admitted and checked out here.</translation>
    </message>
    <message>
        <source>While the server cannot be reached, scan the group&apos;s ticket (this gate checks it against its copy of today&apos;s tickets).</source>
        <translation>While the server cannot be reached, scan the group&apos;s ticket (this gate checks it against its copy of today&apos;s tickets).</translation>
    </message>
</context>
<context>
    <name>besuk::GateWindow</name>
    <message>
        <source>Besuk — Gate</source>
        <translation>Besuk — Gate</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+L)</source>
        <translation>Sign out (Ctrl+L)</translation>
    </message>
    <message>
        <source>There are no staff accounts yet. An administrator creates them with: besuk-cli user add NAME --name &quot;FULL NAME&quot; --role guard</source>
        <translation>There are no staff accounts yet. An administrator creates them with: besuk-cli user add NAME --name &quot;FULL NAME&quot; --role guard</translation>
    </message>
    <message>
        <source>Finish or cancel this group first (Esc), then scan the next ticket.</source>
        <translation>Finish or cancel this group first (Esc), then scan the next ticket.</translation>
    </message>
    <message>
        <source>Open a photo of a ticket</source>
        <translation>Open a photo of a ticket</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This file cannot be opened as an image: %1</source>
        <translation>This file cannot be opened as an image: %1</translation>
    </message>
    <message>
        <source>No QR code was found in this image. Try a sharper photo, or type the queue number.</source>
        <translation>No QR code was found in this image. Try a sharper photo, or type the queue number.</translation>
    </message>
    <message>
        <source>Tick each deposited item as it is handed back.</source>
        <translation>Tick each deposited item as it is handed back.</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 marked as no-show.</translation>
    </message>
    <message>
        <source>%1 called to gate %2.</source>
        <translation>%1 called to gate %2.</translation>
    </message>
    <message>
        <source>Sign in to the gate</source>
        <translation>Sign in to the gate</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Server unreachable — offline mode</source>
        <translation>Server unreachable — offline mode</translation>
    </message>
    <message numerus="yes">
        <source>The server is reachable again: %n entries sent.</source>
        <translation>
            <numerusform>The server is reachable again: %n entry sent.</numerusform>
            <numerusform>The server is reachable again: %n entries sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %1. Scanned tickets are checked against this gate&apos;s copy of today&apos;s tickets; inspections, admits and check-outs are kept here (%n waiting) and sent when the server is back.</source>
        <translation>
            <numerusform>Since %1. Scanned tickets are checked against this gate&apos;s copy of today&apos;s tickets; inspections, admits and check-outs are kept here (%n waiting) and sent when the server is back.</numerusform>
            <numerusform>Since %1. Scanned tickets are checked against this gate&apos;s copy of today&apos;s tickets; inspections, admits and check-outs are kept here (%n waiting) and sent when the server is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::InmateScreen</name>
    <message>
        <source>Whom are you visiting?</source>
        <translation>Whom are you visiting?</translation>
    </message>
    <message>
        <source>Type the inmate&apos;s name or registration number, then choose from the list.</source>
        <translation>Type the inmate&apos;s name or registration number, then choose from the list.</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>no block</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n letters or digits.</source>
        <translation>
            <numerusform>Type at least %n letter or digit.</numerusform>
            <numerusform>Type at least %n letters or digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, try part of the name, or ask an officer.</source>
        <translation>Nobody found. Check the spelling, try part of the name, or ask an officer.</translation>
    </message>
    <message>
        <source>Tap the name of the person you are visiting.</source>
        <translation>Tap the name of the person you are visiting.</translation>
    </message>
</context>
<context>
    <name>besuk::InspectionItemRow</name>
    <message>
        <source>Tag no.</source>
        <translation>Tag no.</translation>
    </message>
    <message>
        <source>Allowed in</source>
        <translation>Allowed in</translation>
    </message>
    <message>
        <source>Deposited (tag)</source>
        <translation>Deposited (tag)</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Confiscated</translation>
    </message>
    <message>
        <source>Returned to visitor</source>
        <translation>Returned to visitor</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Remove this item</translation>
    </message>
</context>
<context>
    <name>besuk::InspectionScreen</name>
    <message>
        <source>Prohibited items (tick each one found)</source>
        <translation>Prohibited items (tick each one found)</translation>
    </message>
    <message>
        <source>Items brought</source>
        <translation>Items brought</translation>
    </message>
    <message>
        <source>Food (Alt+1)</source>
        <translation>Food (Alt+1)</translation>
    </message>
    <message>
        <source>Clothes (Alt+2)</source>
        <translation>Clothes (Alt+2)</translation>
    </message>
    <message>
        <source>Documents (Alt+3)</source>
        <translation>Documents (Alt+3)</translation>
    </message>
    <message>
        <source>Medicine (Alt+4)</source>
        <translation>Medicine (Alt+4)</translation>
    </message>
    <message>
        <source>Money (Alt+5)</source>
        <translation>Money (Alt+5)</translation>
    </message>
    <message>
        <source>Other… (Alt+6)</source>
        <translation>Other… (Alt+6)</translation>
    </message>
    <message>
        <source>No items yet. Add what the group brings with the buttons above.</source>
        <translation>No items yet. Add what the group brings with the buttons above.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Cleared</source>
        <translation>&amp;Cleared</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Refused</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Admit (Ctrl+Enter)</source>
        <translation>Admit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Clothes</source>
        <translation>Clothes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Refuse entry (Ctrl+Enter)</source>
        <translation>Refuse entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Entry inspection — %1</source>
        <translation>Entry inspection — %1</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Reason for refusing</translation>
    </message>
</context>
<context>
    <name>besuk::KioskFlow</name>
    <message>
        <source>Please choose the inmate you are visiting.</source>
        <translation>Please choose the inmate you are visiting.</translation>
    </message>
    <message>
        <source>There is no ticket to print.</source>
        <translation>There is no ticket to print.</translation>
    </message>
    <message>
        <source>Please scan your booking or type its code first.</source>
        <translation>Please scan your booking or type its code first.</translation>
    </message>
    <message>
        <source>Please scan the ticket of your last visit first.</source>
        <translation>Please scan the ticket of your last visit first.</translation>
    </message>
    <message>
        <source>Bookings and earlier tickets need the server, which cannot be reached now. Please register as a new visit, or ask at the registration desk.</source>
        <translation>Bookings and earlier tickets need the server, which cannot be reached now. Please register as a new visit, or ask at the registration desk.</translation>
    </message>
</context>
<context>
    <name>besuk::KioskWindow</name>
    <message>
        <source>Besuk: visitor registration</source>
        <translation>Besuk: visitor registration</translation>
    </message>
    <message>
        <source>DEMO · admin PIN %1</source>
        <translation>DEMO · admin PIN %1</translation>
    </message>
    <message>
        <source>Voice help</source>
        <translation>Voice help</translation>
    </message>
    <message>
        <source>Voice unavailable</source>
        <translation>Voice unavailable</translation>
    </message>
</context>
<context>
    <name>besuk::KtpScanScreen</name>
    <message>
        <source>The camera is not available. Please type the NIK and the name instead.</source>
        <translation>The camera is not available. Please type the NIK and the name instead.</translation>
    </message>
    <message>
        <source>Scan ID card (KTP)</source>
        <translation>Scan ID card (KTP)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Type instead</source>
        <translation>Type instead</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(not read: please type your name on the next screen)</source>
        <translation>(not read: please type your name on the next screen)</translation>
    </message>
    <message>
        <source>Hold your ID card flat inside the yellow frame, facing the camera, until it is read.</source>
        <translation>Hold your ID card flat inside the yellow frame, facing the camera, until it is read.</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>Reading the card...</translation>
    </message>
    <message>
        <source>Correct, add</source>
        <translation>Correct, add</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Is this what your card says? Tap &quot;Correct, add&quot; to add this person, or type it yourself.</source>
        <translation>Is this what your card says? Tap &quot;Correct, add&quot; to add this person, or type it yourself.</translation>
    </message>
    <message>
        <source>In the group: %1. Hold the next adult&apos;s ID card inside the yellow frame, or tap Next.</source>
        <translation>In the group: %1. Hold the next adult&apos;s ID card inside the yellow frame, or tap Next.</translation>
    </message>
</context>
<context>
    <name>besuk::LengthLimit</name>
    <message numerus="yes">
        <source>This field is full: at most %n characters.</source>
        <translation>
            <numerusform>This field is full: at most %n character.</numerusform>
            <numerusform>This field is full: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to paste here: at most %n characters. Nothing was pasted.</source>
        <translation>
            <numerusform>Too long to paste here: at most %n character. Nothing was pasted.</numerusform>
            <numerusform>Too long to paste here: at most %n characters. Nothing was pasted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>besuk::OfflineBar</name>
    <message>
        <source>Server unreachable — offline mode</source>
        <translation>Server unreachable — offline mode</translation>
    </message>
    <message numerus="yes">
        <source>Registration goes on at this kiosk (%n queue number(s) left). Bookings and earlier tickets need the server.</source>
        <translation>
            <numerusform>Registration goes on at this kiosk (%n queue number left). Bookings and earlier tickets need the server.</numerusform>
            <numerusform>Registration goes on at this kiosk (%n queue numbers left). Bookings and earlier tickets need the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is reachable again: %n registration(s) sent.</source>
        <translation>
            <numerusform>The server is reachable again: %n registration sent.</numerusform>
            <numerusform>The server is reachable again: %n registrations sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
</context>
<context>
    <name>besuk::RepeatVisitScreen</name>
    <message>
        <source>a woman</source>
        <translation>a woman</translation>
    </message>
    <message>
        <source>a child with a NIK</source>
        <translation>a child with a NIK</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>a man</translation>
    </message>
    <message numerus="yes">
        <source>No more children fit in this group: at most %n people, children included.</source>
        <translation>
            <numerusform>No more children fit in this group: at most %n person, children included.</numerusform>
            <numerusform>No more children fit in this group: at most %n people, children included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit again</source>
        <translation>Visit again</translation>
    </message>
    <message>
        <source>Your last visit, on %1. Check the details, set today&apos;s children, then confirm.</source>
        <translation>Your last visit, on %1. Check the details, set today&apos;s children, then confirm.</translation>
    </message>
    <message>
        <source>Hold the QR code of your last ticket to the scanner. A booking&apos;s QR code works too.</source>
        <translation>Hold the QR code of your last ticket to the scanner. A booking&apos;s QR code works too.</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Children without a NIK</source>
        <translation>Children without a NIK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm and get my number</source>
        <translation>Confirm and get my number</translation>
    </message>
    <message>
        <source>One child fewer</source>
        <translation>One child fewer</translation>
    </message>
    <message>
        <source>One child more</source>
        <translation>One child more</translation>
    </message>
    <message>
        <source>%1. Another visitor from that ticket (%2)</source>
        <translation>%1. Another visitor from that ticket (%2)</translation>
    </message>
</context>
<context>
    <name>besuk::ReviewScreen</name>
    <message>
        <source>Please check</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Children without NIK</source>
        <translation>Children without NIK</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm and get the ticket</source>
        <translation>Confirm and get the ticket</translation>
    </message>
    <message numerus="yes">
        <source>%n man/men</source>
        <translation>
            <numerusform>%n man</numerusform>
            <numerusform>%n men</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n woman/women</source>
        <translation>
            <numerusform>%n woman</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Item drop-off (queue B)</source>
        <translation>Item drop-off (queue B)</translation>
    </message>
    <message>
        <source>Face-to-face visit (queue A)</source>
        <translation>Face-to-face visit (queue A)</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>no block</translation>
    </message>
    <message numerus="yes">
        <source>No more children fit in this group: at most %n people, children included.</source>
        <translation>
            <numerusform>No more children fit in this group: at most %n person, children included.</numerusform>
            <numerusform>No more children fit in this group: at most %n people, children included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under %1, without their own NIK. Children with a NIK are counted with the adults.</source>
        <translation>Under %1, without their own NIK. Children with a NIK are counted with the adults.</translation>
    </message>
    <message>
        <source>One child fewer</source>
        <translation>One child fewer</translation>
    </message>
    <message>
        <source>One child more</source>
        <translation>One child more</translation>
    </message>
</context>
<context>
    <name>besuk::RoomBoard</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longer than the visit time limit of %n minute(s)</source>
        <translation>
            <numerusform>Longer than the visit time limit of %n minute</numerusform>
            <numerusform>Longer than the visit time limit of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visiting room: %n group(s) inside</source>
        <translation>
            <numerusform>Visiting room: %n group inside</numerusform>
            <numerusform>Visiting room: %n groups inside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n over time</numerusform>
            <numerusform>%n over time</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>Time inside</source>
        <translation>Time inside</translation>
    </message>
</context>
<context>
    <name>besuk::RosterPage</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A&amp;dd to roster</source>
        <translation>A&amp;dd to roster</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Deactivate (released / transferred)</source>
        <translation>Deactivate (released / transferred)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Close report</translation>
    </message>
    <message>
        <source>Import the roster from a CSV file</source>
        <translation>Import the roster from a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>New inmate</source>
        <translation>New inmate</translation>
    </message>
    <message>
        <source>Choose an inmate in the list to correct or deactivate them.</source>
        <translation>Choose an inmate in the list to correct or deactivate them.</translation>
    </message>
    <message>
        <source>Inmate %1</source>
        <translation>Inmate %1</translation>
    </message>
    <message>
        <source>On the roster: visitors can register for this inmate.</source>
        <translation>On the roster: visitors can register for this inmate.</translation>
    </message>
    <message>
        <source>Inactive (released or transferred): no new visits; past visits stay in the history.</source>
        <translation>Inactive (released or transferred): no new visits; past visits stay in the history.</translation>
    </message>
    <message>
        <source>%1 (%2) was added to the roster.</source>
        <translation>%1 (%2) was added to the roster.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
    <message>
        <source>%1 (%2) is on the roster again.</source>
        <translation>%1 (%2) is on the roster again.</translation>
    </message>
    <message>
        <source>%1 (%2) was deactivated. Their past visits stay in the history.</source>
        <translation>%1 (%2) was deactivated. Their past visits stay in the history.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <source>Import from %1: %2 added, %3 updated, %4 rejected.</source>
        <translation>Import from %1: %2 added, %3 updated, %4 rejected.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Search: number or name</source>
        <translation>Search: number or name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>besuk::RulesPage</name>
    <message>
        <source>Visiting rules</source>
        <translation>Visiting rules</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Save rules</translation>
    </message>
    <message>
        <source>Visiting days and hours</source>
        <translation>Visiting days and hours</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Opens</translation>
    </message>
    <message>
        <source>&amp;Closes</source>
        <translation>&amp;Closes</translation>
    </message>
    <message>
        <source>Groups and limits</source>
        <translation>Groups and limits</translation>
    </message>
    <message>
        <source>Largest &amp;group (people, children included)</source>
        <translation>Largest &amp;group (people, children included)</translation>
    </message>
    <message>
        <source>Most &amp;adults in a group</source>
        <translation>Most &amp;adults in a group</translation>
    </message>
    <message>
        <source>&amp;Visits per inmate per week</source>
        <translation>&amp;Visits per inmate per week</translation>
    </message>
    <message>
        <source>Visitors per &amp;day (whole facility)</source>
        <translation>Visitors per &amp;day (whole facility)</translation>
    </message>
    <message>
        <source>Adult from a&amp;ge</source>
        <translation>Adult from a&amp;ge</translation>
    </message>
    <message>
        <source>Visit &amp;length (minutes)</source>
        <translation>Visit &amp;length (minutes)</translation>
    </message>
    <message>
        <source>Admit only after a &amp;cleared entry inspection</source>
        <translation>Admit only after a &amp;cleared entry inspection</translation>
    </message>
    <message>
        <source>Prohibited items (checked at the gate)</source>
        <translation>Prohibited items (checked at the gate)</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>Remove i&amp;tem</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No sessions: one from opening to closing, without a limit.</source>
        <translation>No sessions: one from opening to closing, without a limit.</translation>
    </message>
    <message>
        <source>Add s&amp;ession</source>
        <translation>Add s&amp;ession</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <source>Visiting days per block</source>
        <translation>Visiting days per block</translation>
    </message>
    <message>
        <source>Days as numbers, 1 = Monday … 7 = Sunday, e.g. 1,3,5. Other blocks visit on the visiting days.</source>
        <translation>Days as numbers, 1 = Monday … 7 = Sunday, e.g. 1,3,5. Other blocks visit on the visiting days.</translation>
    </message>
    <message>
        <source>Add bloc&amp;k</source>
        <translation>Add bloc&amp;k</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>The form shows the saved rules again.</source>
        <translation>The form shows the saved rules again.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 is already on the list.</translation>
    </message>
    <message>
        <source>Each row of visiting days per block needs the block&apos;s name.</source>
        <translation>Each row of visiting days per block needs the block&apos;s name.</translation>
    </message>
    <message>
        <source>The rules were saved. They apply to registrations from now on.</source>
        <translation>The rules were saved. They apply to registrations from now on.</translation>
    </message>
    <message>
        <source>New item, e.g. Kamera</source>
        <translation>New item, e.g. Kamera</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Visiting days</source>
        <translation>Visiting days</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>Write the visiting days of %1 as numbers, 1 (Monday) to 7 (Sunday), for example 1,3,5.</source>
        <translation>Write the visiting days of %1 as numbers, 1 (Monday) to 7 (Sunday), for example 1,3,5.</translation>
    </message>
</context>
<context>
    <name>besuk::ScanScreen</name>
    <message>
        <source>Scan a ticket</source>
        <translation>Scan a ticket</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code under the scanner or in front of the camera. If it will not read, type the queue number.</source>
        <translation>Hold the ticket&apos;s QR code under the scanner or in front of the camera. If it will not read, type the queue number.</translation>
    </message>
    <message>
        <source>&amp;Queue number (F2)</source>
        <translation>&amp;Queue number (F2)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Today&apos;s tickets (F3)</source>
        <translation>Today&apos;s tickets (F3)</translation>
    </message>
    <message>
        <source>Open image (F4)</source>
        <translation>Open image (F4)</translation>
    </message>
    <message>
        <source>Camera (F9)</source>
        <translation>Camera (F9)</translation>
    </message>
</context>
<context>
    <name>besuk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Facility (every station)</source>
        <translation>Facility (every station)</translation>
    </message>
    <message>
        <source>Facility &amp;name</source>
        <translation>Facility &amp;name</translation>
    </message>
    <message>
        <source>Save the na&amp;me</source>
        <translation>Save the na&amp;me</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>The time zone is fixed at set-up: every ticket&apos;s date depends on it.</source>
        <translation>The time zone is fixed at set-up: every ticket&apos;s date depends on it.</translation>
    </message>
    <message>
        <source>This station (this computer)</source>
        <translation>This station (this computer)</translation>
    </message>
    <message>
        <source>Kept on this computer. The kiosk, gate and display read them at start-up: restart the station to apply a change.</source>
        <translation>Kept on this computer. The kiosk, gate and display read them at start-up: restart the station to apply a change.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>&amp;Wipe an idle form after (seconds)</source>
        <translation>&amp;Wipe an idle form after (seconds)</translation>
    </message>
    <message>
        <source>Show the &amp;ticket for (seconds)</source>
        <translation>Show the &amp;ticket for (seconds)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>&amp;Gate name</source>
        <translation>&amp;Gate name</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>Play a s&amp;ound for each verdict</source>
        <translation>Play a s&amp;ound for each verdict</translation>
    </message>
    <message>
        <source>Ticket printer (kiosk)</source>
        <translation>Ticket printer (kiosk)</translation>
    </message>
    <message>
        <source>&amp;Print to</source>
        <translation>&amp;Print to</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>Pap&amp;er</translation>
    </message>
    <message>
        <source>PDF &amp;folder</source>
        <translation>PDF &amp;folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Dev&amp;ice or address</source>
        <translation>Dev&amp;ice or address</translation>
    </message>
    <message>
        <source>ESC/POS printer: escpos:/dev/usb/lp0 (USB) or escpos-tcp://192.168.1.50:9100 (network)</source>
        <translation>ESC/POS printer: escpos:/dev/usb/lp0 (USB) or escpos-tcp://192.168.1.50:9100 (network)</translation>
    </message>
    <message>
        <source>Dots per line</source>
        <translation>Dots per line</translation>
    </message>
    <message>
        <source>58 mm paper: 384 dots, 80 mm: 576</source>
        <translation>58 mm paper: 384 dots, 80 mm: 576</translation>
    </message>
    <message>
        <source>Printer draws the &amp;QR code</source>
        <translation>Printer draws the &amp;QR code</translation>
    </message>
    <message>
        <source>Only for models that print QR codes themselves (GS ( k)</source>
        <translation>Only for models that print QR codes themselves (GS ( k)</translation>
    </message>
    <message>
        <source>Check the printer&apos;s status</source>
        <translation>Check the printer&apos;s status</translation>
    </message>
    <message>
        <source>After each ticket the printer must answer within 2 s; turn off for printers that never answer</source>
        <translation>After each ticket the printer must answer within 2 s; turn off for printers that never answer</translation>
    </message>
    <message>
        <source>Lobby display</source>
        <translation>Lobby display</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <source>Calls are spo&amp;ken in</source>
        <translation>Calls are spo&amp;ken in</translation>
    </message>
    <message>
        <source>Earlier calls liste&amp;d</source>
        <translation>Earlier calls liste&amp;d</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>The folder for PDF tickets</source>
        <translation>The folder for PDF tickets</translation>
    </message>
    <message>
        <source>The facility is now called %1.</source>
        <translation>The facility is now called %1.</translation>
    </message>
    <message>
        <source>The ESC/POS printer needs escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>The ESC/POS printer needs escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 cannot be written.</source>
        <translation>The settings could not be saved: %1 cannot be written.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is damaged.</source>
        <translation>The settings could not be saved: %1 is damaged.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk, gate or display on this computer to apply the settings.</source>
        <translation>Saved. Restart the kiosk, gate or display on this computer to apply the settings.</translation>
    </message>
    <message>
        <source>The form shows the saved settings of this station again.</source>
        <translation>The form shows the saved settings of this station again.</translation>
    </message>
    <message>
        <source>A printer</source>
        <translation>A printer</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>PDF files in a folder</translation>
    </message>
    <message>
        <source>An ESC/POS thermal printer (no driver)</source>
        <translation>An ESC/POS thermal printer (no driver)</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Indonesian, then English</source>
        <translation>Indonesian, then English</translation>
    </message>
    <message>
        <source>English, then Indonesian</source>
        <translation>English, then Indonesian</translation>
    </message>
    <message>
        <source>Not spoken</source>
        <translation>Not spoken</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>The default printer</translation>
    </message>
    <message>
        <source>The default camera</source>
        <translation>The default camera</translation>
    </message>
    <message>
        <source>From the paper</source>
        <translation>From the paper</translation>
    </message>
    <message>
        <source>Count &amp;down before the wipe (seconds)</source>
        <translation>Count &amp;down before the wipe (seconds)</translation>
    </message>
    <message>
        <source>Offer &amp;voice help</source>
        <translation>Offer &amp;voice help</translation>
    </message>
    <message>
        <source>NIK region ke&amp;y (4 or 6 digits, empty for none)</source>
        <translation>NIK region ke&amp;y (4 or 6 digits, empty for none)</translation>
    </message>
    <message>
        <source>e.g. 6471</source>
        <translation>e.g. 6471</translation>
    </message>
    <message>
        <source>The NIK region key needs 4 digits (province and regency, e.g. 6471) or 6 (with the district), or nothing for no key.</source>
        <translation>The NIK region key needs 4 digits (province and regency, e.g. 6471) or 6 (with the district), or nothing for no key.</translation>
    </message>
</context>
<context>
    <name>besuk::SignInScreen</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>besuk::StaffWindow</name>
    <message>
        <source>This account may not use the staff console. Guards work at the gate station.</source>
        <translation>This account may not use the staff console. Guards work at the gate station.</translation>
    </message>
    <message>
        <source>Besuk — Staff</source>
        <translation>Besuk — Staff</translation>
    </message>
    <message>
        <source>Sign in to the staff console</source>
        <translation>Sign in to the staff console</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+L)</source>
        <translation>Sign out (Ctrl+L)</translation>
    </message>
    <message>
        <source>No active administrator exists yet. An administrator manages the accounts, rules and settings: create the first one below.</source>
        <translation>No active administrator exists yet. An administrator manages the accounts, rules and settings: create the first one below.</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
</context>
<context>
    <name>besuk::StationsPage</name>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Not heard from since %1</source>
        <translation>Not heard from since %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>%n entries at %1</source>
        <translation>
            <numerusform>%n entry at %1</numerusform>
            <numerusform>%n entries at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted at two gates</source>
        <translation>Admitted at two gates</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>a gate online</source>
        <translation>a gate online</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Last time apart</source>
        <translation>Last time apart</translation>
    </message>
    <message>
        <source>Sent on return</source>
        <translation>Sent on return</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Today&apos;s alerts from stations that were apart from the server</source>
        <translation>Today&apos;s alerts from stations that were apart from the server</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Registered apart, breaks a rule</source>
        <translation>Registered apart, breaks a rule</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Gates and kiosks that work on when the server cannot be reached, and send what they did on their return.</source>
        <translation>Gates and kiosks that work on when the server cannot be reached, and send what they did on their return.</translation>
    </message>
</context>
<context>
    <name>besuk::StillHereOverlay</name>
    <message>
        <source>Still here?</source>
        <translation>Still here?</translation>
    </message>
    <message numerus="yes">
        <source>This form will be cleared in %n second(s). Touch the screen to carry on.</source>
        <translation>
            <numerusform>This form will be cleared in %n second. Touch the screen to carry on.</numerusform>
            <numerusform>This form will be cleared in %n seconds. Touch the screen to carry on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, carry on</source>
        <translation>Yes, carry on</translation>
    </message>
</context>
<context>
    <name>besuk::TicketListDialog</name>
    <message>
        <source>Today&apos;s tickets</source>
        <translation>Today&apos;s tickets</translation>
    </message>
    <message>
        <source>Type a number, an inmate&apos;s or a visitor&apos;s name; Enter takes the highlighted ticket.</source>
        <translation>Type a number, an inmate&apos;s or a visitor&apos;s name; Enter takes the highlighted ticket.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Use this ticket</source>
        <translation>Use this ticket</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>besuk::TicketScreen</name>
    <message>
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Lead visitor</translation>
    </message>
    <message>
        <source>Show this code to the officer at the gate.</source>
        <translation>Show this code to the officer at the gate.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>QR code of the ticket</source>
        <translation>QR code of the ticket</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Back to the start in %n second.</numerusform>
            <numerusform>Back to the start in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>none (item drop-off)</source>
        <translation>none (item drop-off)</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Your ticket has been printed. Please take it and wait until your number is called.</source>
        <translation>Your ticket has been printed. Please take it and wait until your number is called.</translation>
    </message>
    <message>
        <source>Your ticket on this screen is still valid.</source>
        <translation>Your ticket on this screen is still valid.</translation>
    </message>
</context>
<context>
    <name>besuk::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>New P&amp;IN</source>
        <translation>New P&amp;IN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation>Change &amp;PIN</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <source>PI&amp;N</source>
        <translation>PI&amp;N</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Create user</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Choose a user in the list to change their PIN or role, or to disable their account.</source>
        <translation>Choose a user in the list to change their PIN or role, or to disable their account.</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>&amp;Disable account</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>%1, %2. Signs in with their user name and PIN.</source>
        <translation>%1, %2. Signs in with their user name and PIN.</translation>
    </message>
    <message>
        <source>%1, %2. Disabled: cannot sign in.</source>
        <translation>%1, %2. Disabled: cannot sign in.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>&amp;Enable account</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the PIN again in both fields.</source>
        <translation>The two PINs are not the same. Please type the PIN again in both fields.</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 (%3).</source>
        <translation>%1 can now sign in as %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>The PIN of %1 was changed.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: it cannot sign in.</source>
        <translation>The account %1 is disabled: it cannot sign in.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>The account %1 is enabled again.</translation>
    </message>
    <message>
        <source>a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>4 or more digits</source>
        <translation>4 or more digits</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>besuk::VerdictScreen</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Counted as</translation>
    </message>
    <message>
        <source>Next ticket (Esc)</source>
        <translation>Next ticket (Esc)</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMITTED</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>CHECKED OUT</translation>
    </message>
    <message>
        <source>ALREADY LEFT</source>
        <translation>ALREADY LEFT</translation>
    </message>
    <message>
        <source>ALREADY ADMITTED</source>
        <translation>ALREADY ADMITTED</translation>
    </message>
    <message>
        <source>NOT INSPECTED YET</source>
        <translation>NOT INSPECTED YET</translation>
    </message>
    <message>
        <source>NOT ADMITTED</source>
        <translation>NOT ADMITTED</translation>
    </message>
    <message>
        <source>WRONG DAY</source>
        <translation>WRONG DAY</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <source>ENTRY REFUSED</source>
        <translation>ENTRY REFUSED</translation>
    </message>
    <message>
        <source>REFUSED EARLIER</source>
        <translation>REFUSED EARLIER</translation>
    </message>
    <message>
        <source>BANNED</source>
        <translation>BANNED</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>UNKNOWN TICKET</translation>
    </message>
    <message>
        <source>NOT A VALID TICKET</source>
        <translation>NOT A VALID TICKET</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (until %1)</translation>
    </message>
    <message>
        <source>Banned: NIK %1 — %2%3</source>
        <translation>Banned: NIK %1 — %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n person(s)</source>
        <translation>
            <numerusform>%1 — %2, %n person</numerusform>
            <numerusform>%1 — %2, %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>Inspect belongings (Enter)</source>
        <translation>Inspect belongings (Enter)</translation>
    </message>
    <message>
        <source>Check out (Enter)</source>
        <translation>Check out (Enter)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>%1 (code %2) — came early</source>
        <translation>%1 (code %2) — came early</translation>
    </message>
    <message>
        <source>%1 (code %2) — came late</source>
        <translation>%1 (code %2) — came late</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>VALID — EARLY</source>
        <translation>VALID — EARLY</translation>
    </message>
    <message>
        <source>VALID — LATE</source>
        <translation>VALID — LATE</translation>
    </message>
    <message>
        <source>BOOKING REFUSED</source>
        <translation>BOOKING REFUSED</translation>
    </message>
</context>
<context>
    <name>besuk::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Reprint ticket…</source>
        <translation>Reprint ticket…</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>Cancel ticket…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>allowed in</source>
        <translation>allowed in</translation>
    </message>
    <message>
        <source>deposited</source>
        <translation>deposited</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>confiscated</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>Cancel ticket %1</source>
        <translation>Cancel ticket %1</translation>
    </message>
    <message>
        <source>Why is this ticket cancelled? (recorded in the audit log)</source>
        <translation>Why is this ticket cancelled? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Save the ticket as PDF</source>
        <translation>Save the ticket as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a ticket to see its group and inspections.</source>
        <translation>Choose a ticket to see its group and inspections.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4</source>
        <translation>%1 — %2 (%3), %4</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) without NIK</source>
        <translation>
            <numerusform>%n child without NIK</numerusform>
            <numerusform>%n children without NIK</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>%1 inspection at %2 by %3: %4</source>
        <translation>%1 inspection at %2 by %3: %4</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>no items</translation>
    </message>
    <message>
        <source>Search: number, inmate or visitor</source>
        <translation>Search: number, inmate or visitor</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Inmate</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Lead visitor</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>besuk::WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Please choose what you have come for.</source>
        <translation>Please choose what you have come for.</translation>
    </message>
    <message>
        <source>Face-to-face visit</source>
        <translation>Face-to-face visit</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Item drop-off</translation>
    </message>
    <message>
        <source>Meet the inmate in the visiting room. Queue A.</source>
        <translation>Meet the inmate in the visiting room. Queue A.</translation>
    </message>
    <message>
        <source>Leave food, clothes or other items for the inmate. Queue B.</source>
        <translation>Leave food, clothes or other items for the inmate. Queue B.</translation>
    </message>
    <message>
        <source>Have your ID card (KTP) ready. Your details are used only for this visit.</source>
        <translation>Have your ID card (KTP) ready. Your details are used only for this visit.</translation>
    </message>
    <message>
        <source>I booked online</source>
        <translation>I booked online</translation>
    </message>
    <message>
        <source>Visit again</source>
        <translation>Visit again</translation>
    </message>
    <message>
        <source>Booked online, or here before? Hold your booking&apos;s QR code or your last ticket to the scanner.</source>
        <translation>Booked online, or here before? Hold your booking&apos;s QR code or your last ticket to the scanner.</translation>
    </message>
</context>
</TS>
