<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPin</name>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN harus terdiri dari %1 sampai %2 angka.</translation>
    </message>
    <message>
        <source>The PIN could not be stored (out of memory).</source>
        <translation>PIN tidak dapat disimpan (memori tidak cukup).</translation>
    </message>
    <message>
        <source>No admin PIN has been set.</source>
        <translation>PIN admin belum diatur.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Terlalu banyak PIN yang salah. Coba lagi setelah %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The number of audit entries to show must be between 1 and %1.</source>
        <translation>Jumlah entri audit yang ditampilkan harus antara 1 dan %1.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its contents no longer match its hash.</source>
        <translation>Entri audit %1 telah diubah: isinya tidak lagi cocok dengan hash-nya.</translation>
    </message>
    <message>
        <source>Audit entries were reordered: entry %1 belongs after entry %2.</source>
        <translation>Urutan entri audit telah diubah: entri %1 seharusnya berada setelah entri %2.</translation>
    </message>
    <message>
        <source>Audit entries were inserted after entry %1: entry %2 links to it, not to entry %3 before it.</source>
        <translation>Ada entri audit yang disisipkan setelah entri %1: entri %2 tertaut ke entri tersebut, bukan ke entri %3 sebelumnya.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: entry %2 after it no longer links to it.</source>
        <translation>Entri audit %1 telah diubah: entri %2 sesudahnya tidak lagi tertaut ke entri tersebut.</translation>
    </message>
    <message>
        <source>The oldest audit entries were removed: entry %1, the first left, does not begin the log.</source>
        <translation>Entri audit paling lama telah dihapus: entri %1, yang kini paling awal, bukan awal log.</translation>
    </message>
    <message>
        <source>Audit entries were removed between entries %1 and %2: the chain is broken there.</source>
        <translation>Entri audit telah dihapus di antara entri %1 dan %2: rantainya terputus di sana.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry is missing: entries after entry %1 may have been removed.</source>
        <translation>Catatan entri audit terbaru tidak ada: entri setelah entri %1 mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The record of the newest audit entry is damaged.</source>
        <translation>Catatan entri audit terbaru rusak.</translation>
    </message>
    <message>
        <source>Every audit entry was removed: the log is empty, but entry %1 was written.</source>
        <translation>Semua entri audit telah dihapus: log kosong, padahal entri %1 pernah ditulis.</translation>
    </message>
    <message>
        <source>The newest audit entry, %1, was removed: the log ends at entry %2.</source>
        <translation>Entri audit terbaru, %1, telah dihapus: log berakhir di entri %2.</translation>
    </message>
    <message>
        <source>The newest audit entries, %1 to %2, were removed: the log ends at entry %3.</source>
        <translation>Entri audit terbaru, %1 sampai %2, telah dihapus: log berakhir di entri %3.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside Besuk: the newest entry Besuk wrote is %2.</source>
        <translation>Entri audit %1 ditambahkan di luar Besuk: entri terbaru yang ditulis Besuk adalah %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: it no longer matches the record of the newest entry.</source>
        <translation>Entri audit %1 telah diubah: entri ini tidak lagi cocok dengan catatan entri terbaru.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore, as docs/deployment.md describes (Backups).</source>
        <translation>Basis data ini berada di server PostgreSQL: cadangkan dengan pg_dump dan pulihkan dengan pg_restore, seperti dijelaskan di docs/deployment.md (Backups).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened as a database: %2</source>
        <translation>Berkas %1 tidak dapat dibuka sebagai basis data: %2</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Simpan paling sedikit satu cadangan.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>Cadangan %1 sudah ada.</translation>
    </message>
    <message>
        <source>The backup could not be started in %1: %2</source>
        <translation>Pencadangan tidak dapat dimulai di %1: %2</translation>
    </message>
    <message>
        <source>The backup copy could not be finished. No backup was made.</source>
        <translation>Salinan cadangan tidak dapat diselesaikan. Tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
        <source>The backup copy could not be written to disk.</source>
        <translation>Salinan cadangan tidak dapat ditulis ke disk.</translation>
    </message>
    <message>
        <source>The backup copy failed its check. No backup was made.</source>
        <translation>Salinan cadangan gagal diperiksa. Tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>Cadangan tidak dapat diberi nama %1.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Cadangan dan basis data adalah berkas yang sama.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Nothing was restored.</source>
        <translation>Cadangan %1 rusak (%2). Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The file %1 holds no Besuk facility. Nothing was restored.</source>
        <translation>Berkas %1 tidak berisi data rutan/lapas Besuk. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1: %2</source>
        <translation>Cadangan tidak dapat disalin ke %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>Cadangan tidak dapat disalin ke %1.</translation>
    </message>
    <message>
        <source>The restored copy could not be written to disk.</source>
        <translation>Salinan hasil pemulihan tidak dapat ditulis ke disk.</translation>
    </message>
    <message>
        <source>%1 could not be removed. Stop every station that uses the database, then try again.</source>
        <translation>%1 tidak dapat dihapus. Hentikan semua stasiun yang memakai basis data ini, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The restored copy could not replace %1: %2</source>
        <translation>Salinan hasil pemulihan tidak dapat menggantikan %1: %2</translation>
    </message>
</context>
<context>
    <name>BanStore</name>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Please give the reason for the ban.</source>
        <translation>Silakan isi alasan larangan berkunjung.</translation>
    </message>
    <message>
        <source>The ban&apos;s end must be in the future.</source>
        <translation>Akhir larangan harus di masa mendatang.</translation>
    </message>
    <message>
        <source>There is no ban in force with this number.</source>
        <translation>Tidak ada larangan yang berlaku dengan nomor ini.</translation>
    </message>
</context>
<context>
    <name>BookingService</name>
    <message>
        <source>No inmate with this number and name was found. Please check both as they are written on the inmate&apos;s papers.</source>
        <translation>Warga binaan dengan nomor dan nama ini tidak ditemukan. Periksa keduanya sesuai yang tertulis pada dokumen warga binaan.</translation>
    </message>
    <message>
        <source>No booking with this code and NIK was found. Please check both.</source>
        <translation>Pemesanan dengan kode dan NIK ini tidak ditemukan. Periksa keduanya.</translation>
    </message>
    <message>
        <source>There are no visits on %1: %2</source>
        <translation>Tidak ada kunjungan pada %1: %2</translation>
    </message>
    <message>
        <source>Booking for %1 is not open. Please choose one of the days offered.</source>
        <translation>Pemesanan untuk %1 tidak dibuka. Silakan pilih salah satu hari yang tersedia.</translation>
    </message>
    <message>
        <source>Online booking is not available at the moment.</source>
        <translation>Pemesanan daring sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>Please enter at least one adult visitor with a NIK.</source>
        <translation>Masukkan setidaknya satu pengunjung dewasa dengan NIK.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and %1.</source>
        <translation>Jumlah anak harus antara 0 dan %1.</translation>
    </message>
    <message numerus="yes">
        <source>The slot %1 on %2 has room for %n more visitor(s) only. Please choose another slot.</source>
        <translation>
            <numerusform>Slot %1 pada %2 hanya muat %n pengunjung lagi. Silakan pilih slot lain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone in this group already has %n open booking(s), the most allowed. Please cancel one first or book after it.</source>
        <translation>
            <numerusform>Seseorang dalam rombongan ini sudah memiliki %n pemesanan aktif, batas yang diizinkan. Batalkan salah satu dulu atau pesan setelahnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose one of the slots offered for %1.</source>
        <translation>Silakan pilih salah satu slot yang tersedia untuk %1.</translation>
    </message>
    <message>
        <source>No free booking code was found. Please try again.</source>
        <translation>Tidak ada kode pemesanan yang tersedia. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>A booking code has 8 letters and digits, like K7QM-4ZPX.</source>
        <translation>Kode pemesanan terdiri dari 8 huruf dan angka, misalnya K7QM-4ZPX.</translation>
    </message>
    <message>
        <source>There is no booking %1.</source>
        <translation>Tidak ada pemesanan %1.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>This booking cannot be cancelled any more: it is %1.</source>
        <translation>Pemesanan ini tidak dapat dibatalkan lagi: statusnya %1.</translation>
    </message>
    <message>
        <source>This booking was for a day that has passed.</source>
        <translation>Pemesanan ini untuk hari yang sudah lewat.</translation>
    </message>
    <message>
        <source>This booking has changed meanwhile. Please look it up again.</source>
        <translation>Pemesanan ini baru saja berubah. Silakan cari lagi.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>dipesan</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>sudah datang</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>not used (no-show)</source>
        <translation>tidak dipakai (tidak datang)</translation>
    </message>
    <message>
        <source>This booking cannot be changed any more: it is %1.</source>
        <translation>Pemesanan ini tidak dapat diubah lagi: statusnya %1.</translation>
    </message>
    <message>
        <source>This booking cannot be used: it is %1.</source>
        <translation>Pemesanan ini tidak dapat dipakai: statusnya %1.</translation>
    </message>
    <message>
        <source>This booking is for %1, not today.</source>
        <translation>Pemesanan ini untuk %1, bukan hari ini.</translation>
    </message>
    <message>
        <source>Only today or a day ahead can be closed.</source>
        <translation>Hanya hari ini atau hari mendatang yang dapat ditutup.</translation>
    </message>
    <message>
        <source>The slot %1 on %2 is full. Please choose another slot.</source>
        <translation>Slot %1 pada %2 sudah penuh. Silakan pilih slot lain.</translation>
    </message>
    <message>
        <source>This is not a valid ticket of this facility. Please ask an officer.</source>
        <translation>Ini bukan tiket yang sah dari lapas/rutan ini. Silakan bertanya kepada petugas.</translation>
    </message>
    <message>
        <source>This ticket already has a queue number. Please wait until it is called.</source>
        <translation>Tiket ini sudah memiliki nomor antrean. Silakan menunggu sampai nomor Anda dipanggil.</translation>
    </message>
    <message>
        <source>This booking is not in the database. Please ask an officer.</source>
        <translation>Pemesanan ini tidak ada di basis data. Silakan bertanya kepada petugas.</translation>
    </message>
    <message>
        <source>This booking has no ticket any more: it is %1.</source>
        <translation>Pemesanan ini tidak lagi memiliki tiket: statusnya %1.</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>Gate</source>
        <translation>Pintu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>%1 has already been admitted.</source>
        <translation>%1 sudah masuk.</translation>
    </message>
    <message>
        <source>%1 has already visited and left.</source>
        <translation>%1 sudah berkunjung dan keluar.</translation>
    </message>
    <message>
        <source>%1 was refused entry.</source>
        <translation>%1 ditolak masuk.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 sudah dibatalkan.</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <source>Other gates kept calling at the same moment. Please try again.</source>
        <translation>Pintu lain terus memanggil pada saat yang sama. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Gate %1 has no number to call again.</source>
        <translation>Pintu %1 tidak punya nomor untuk dipanggil ulang.</translation>
    </message>
    <message>
        <source>The call could not be recorded. Please try again.</source>
        <translation>Panggilan tidak dapat dicatat. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>%1 was already skipped.</source>
        <translation>%1 sudah dilewati.</translation>
    </message>
    <message>
        <source>Gate %1 has no number being called.</source>
        <translation>Pintu %1 tidak sedang memanggil nomor.</translation>
    </message>
    <message>
        <source>The number of calls to show must be between 1 and %1.</source>
        <translation>Jumlah panggilan yang ditampilkan harus antara 1 dan %1.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation>--format adalah csv, xlsx atau pdf.</translation>
    </message>
    <message>
        <source>--lang is id or en.</source>
        <translation>--lang adalah id atau en.</translation>
    </message>
    <message>
        <source>--dots needs a number of dots from 8 to 2048.</source>
        <translation>--dots memerlukan jumlah titik dari 8 sampai 2048.</translation>
    </message>
    <message>
        <source>Ticket %1 was not printed: %2</source>
        <translation>Tiket %1 tidak tercetak: %2</translation>
    </message>
    <message>
        <source>--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00.</source>
        <translation>--now memerlukan tanggal dan jam seperti 2025-12-27T09:30 atau 2025-12-27T09:30+08:00.</translation>
    </message>
    <message>
        <source>The file %1 is not a JSON object.</source>
        <translation>Berkas %1 bukan objek JSON.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Berkas %1 kosong.</translation>
    </message>
    <message>
        <source>The audit log is not intact: %1</source>
        <translation>Log audit tidak utuh: %1</translation>
    </message>
    <message>
        <source>There is no ticket %1 on %2.</source>
        <translation>Tidak ada tiket %1 pada %2.</translation>
    </message>
    <message>
        <source>--paper is 58mm, 80mm or a6.</source>
        <translation>--paper adalah 58mm, 80mm atau a6.</translation>
    </message>
    <message>
        <source>%1 (see besuk-cli --help)</source>
        <translation>%1 (lihat besuk-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>perintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one more word: %2.</source>
        <translation>&quot;%1&quot; memerlukan satu kata lagi: %2.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>opsi &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>the option %1 takes no value.</source>
        <translation>opsi %1 tidak menerima nilai.</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>cara pakai: %1</translation>
    </message>
    <message>
        <source>Rows rejected: %1; nothing was imported. Correct them, or import the other rows with --partial.</source>
        <translation>Baris ditolak: %1; tidak ada yang diimpor. Perbaiki baris tersebut, atau impor baris lainnya dengan --partial.</translation>
    </message>
    <message>
        <source>Rows rejected: %1; the other rows were imported.</source>
        <translation>Baris ditolak: %1; baris lainnya telah diimpor.</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1.</source>
        <translation>--limit memerlukan bilangan bulat dari 1 sampai %1.</translation>
    </message>
    <message>
        <source>--before needs an entry id (a whole number from 1).</source>
        <translation>--before memerlukan id entri (bilangan bulat mulai 1).</translation>
    </message>
    <message>
        <source>--from needs a date like 2025-12-27 or a time like 2025-12-27T09:30.</source>
        <translation>--from memerlukan tanggal seperti 2025-12-27 atau waktu seperti 2025-12-27T09:30.</translation>
    </message>
    <message>
        <source>--to needs a date like 2025-12-27 or a time like 2025-12-27T17:00.</source>
        <translation>--to memerlukan tanggal seperti 2025-12-27 atau waktu seperti 2025-12-27T17:00.</translation>
    </message>
    <message>
        <source>call next needs --gate and --officer.</source>
        <translation>call next memerlukan --gate dan --officer.</translation>
    </message>
    <message>
        <source>--service is visit or deposit.</source>
        <translation>--service adalah visit atau deposit.</translation>
    </message>
    <message>
        <source>call %1 needs --gate and --officer.</source>
        <translation>call %1 memerlukan --gate dan --officer.</translation>
    </message>
    <message>
        <source>--output FILE is required.</source>
        <translation>--output BERKAS wajib diisi.</translation>
    </message>
    <message>
        <source>--from needs a date like 2025-12-27.</source>
        <translation>--from memerlukan tanggal seperti 2025-12-27.</translation>
    </message>
    <message>
        <source>--to needs a date like 2025-12-27.</source>
        <translation>--to memerlukan tanggal seperti 2025-12-27.</translation>
    </message>
    <message>
        <source>register needs --inmate and at least one --adult NIK:NAME.</source>
        <translation>register memerlukan --inmate dan paling sedikit satu --adult NIK:NAMA.</translation>
    </message>
    <message>
        <source>--adult needs NIK:NAME, e.g. --adult &quot;6471050501900003:Budi Santoso&quot;.</source>
        <translation>--adult memerlukan NIK:NAMA, misalnya --adult &quot;6471050501900003:Budi Santoso&quot;.</translation>
    </message>
    <message>
        <source>--children needs a whole number from 0.</source>
        <translation>--children memerlukan bilangan bulat mulai 0.</translation>
    </message>
    <message>
        <source>inspect needs --officer and --outcome.</source>
        <translation>inspect memerlukan --officer dan --outcome.</translation>
    </message>
    <message>
        <source>--outcome is cleared or refused.</source>
        <translation>--outcome adalah cleared atau refused.</translation>
    </message>
    <message>
        <source>--phase is entry or exit.</source>
        <translation>--phase adalah entry atau exit.</translation>
    </message>
    <message>
        <source>--item needs DESCRIPTION|DISPOSITION[|TAG], e.g. &quot;Phone|deposited|L-12&quot;.</source>
        <translation>--item memerlukan URAIAN|TINDAKAN[|LABEL], misalnya &quot;Ponsel|deposited|L-12&quot;.</translation>
    </message>
    <message>
        <source>admit needs --officer.</source>
        <translation>admit memerlukan --officer.</translation>
    </message>
    <message>
        <source>checkout needs --officer.</source>
        <translation>checkout memerlukan --officer.</translation>
    </message>
    <message>
        <source>print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100.</source>
        <translation>print memerlukan --printer URI, misalnya --printer escpos-tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>--printer is system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>--printer adalah system:NAMA, pdf:BERKAS, escpos:/dev/usb/lp0 atau escpos-tcp://HOST:9100.</translation>
    </message>
    <message>
        <source>DAYS is a whole number of days, e.g. 365.</source>
        <translation>HARI adalah bilangan bulat jumlah hari, misalnya 365.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days.</source>
        <translation>--days memerlukan bilangan bulat jumlah hari.</translation>
    </message>
    <message>
        <source>person erase removes the person&apos;s name and NIK for good; add --yes to confirm.</source>
        <translation>person erase menghapus nama dan NIK orang itu untuk selamanya; tambahkan --yes untuk mengonfirmasi.</translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1.</source>
        <translation>--keep memerlukan bilangan bulat paling sedikit 1.</translation>
    </message>
    <message>
        <source>restore replaces the database %1; stop every station that uses it, then add --yes.</source>
        <translation>restore menggantikan basis data %1; hentikan setiap stasiun yang memakainya, lalu tambahkan --yes.</translation>
    </message>
    <message>
        <source>purge needs --before YYYY-MM-DD.</source>
        <translation>purge memerlukan --before YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--before needs a date like 2025-12-01.</source>
        <translation>--before memerlukan tanggal seperti 2025-12-01.</translation>
    </message>
    <message>
        <source>inmate add needs --number and --name.</source>
        <translation>inmate add memerlukan --number dan --name.</translation>
    </message>
    <message>
        <source>ban add needs --nik and --reason.</source>
        <translation>ban add memerlukan --nik dan --reason.</translation>
    </message>
    <message>
        <source>--until needs a date like 2026-06-30.</source>
        <translation>--until memerlukan tanggal seperti 2026-06-30.</translation>
    </message>
    <message>
        <source>ban lift needs the ban&apos;s id (see ban list).</source>
        <translation>ban lift memerlukan id larangan (lihat ban list).</translation>
    </message>
    <message>
        <source>--format is json or csv.</source>
        <translation>--format adalah json atau csv.</translation>
    </message>
    <message>
        <source>give the PIN or password on the first line of standard input, or with --pin-file FILE.</source>
        <translation>berikan PIN atau kata sandi pada baris pertama masukan standar, atau dengan --pin-file BERKAS.</translation>
    </message>
    <message>
        <source>user add needs --name and --role.</source>
        <translation>user add memerlukan --name dan --role.</translation>
    </message>
    <message>
        <source>--role is guard, staff or admin.</source>
        <translation>--role adalah guard, staff atau admin.</translation>
    </message>
    <message>
        <source>ROLE is guard, staff or admin.</source>
        <translation>PERAN adalah guard, staff atau admin.</translation>
    </message>
    <message>
        <source>visit cancel needs --reason.</source>
        <translation>visit cancel memerlukan --reason.</translation>
    </message>
    <message>
        <source>booking cancel needs --reason.</source>
        <translation>booking cancel memerlukan --reason.</translation>
    </message>
    <message>
        <source>booking close-day needs --reason.</source>
        <translation>booking close-day memerlukan --reason.</translation>
    </message>
    <message>
        <source>The day needs a date like 2025-12-27.</source>
        <translation>Hari perlu ditulis sebagai tanggal, misalnya 2025-12-27.</translation>
    </message>
    <message>
        <source>The file is not a picture that can be read.</source>
        <translation>Berkas itu bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Berkas itu tidak ada.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2025-12-27.</source>
        <translation>--%1 memerlukan tanggal seperti 2025-12-27.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Baris %1: kolom bertanda kutip tidak ditutup.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>Baris %1: ada teks tak terduga setelah tanda kutip penutup.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Baris %1: teksnya bukan UTF-8 yang sah.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Besuk database at %1. Create one with &quot;besuk-cli init&quot;.</source>
        <translation>Tidak ada basis data Besuk di %1. Buat dengan &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Basis data %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address like postgresql://besuk@server:5432/besuk.</source>
        <translation>&quot;%1&quot; bukan alamat PostgreSQL seperti postgresql://besuk@server:5432/besuk.</translation>
    </message>
    <message>
        <source>The database server has no database &quot;%1&quot;. See docs/deployment.md.</source>
        <translation>Server basis data tidak memiliki basis data &quot;%1&quot;. Lihat docs/deployment.md.</translation>
    </message>
    <message>
        <source>The database %1 holds no Besuk data yet. Create it with &quot;besuk-cli init&quot;.</source>
        <translation>Basis data %1 belum berisi data Besuk. Buat dengan &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The database server at %1 cannot be reached: %2</source>
        <translation>Server basis data di %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging.</source>
        <translation>Basis data %1 tidak dapat memakai write-ahead logging.</translation>
    </message>
    <message>
        <source>Another station was saving at the same moment. Please try again.</source>
        <translation>Stasiun lain sedang menyimpan pada saat yang sama. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server; nothing was saved.</source>
        <translation>Server basis data tidak dapat dihubungi. Periksa jaringan dan server; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>This station&apos;s database account may not do this. See docs/deployment.md.</source>
        <translation>Akun basis data stasiun ini tidak berhak melakukan ini. Lihat docs/deployment.md.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was saved.</source>
        <translation>Disk server basis data penuh. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Please try again in a moment.</source>
        <translation>Basis data sedang dipakai program lain. Silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved.</source>
        <translation>Disk tempat basis data penuh. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database is read-only here. Nothing was saved.</source>
        <translation>Basis data di sini hanya dapat dibaca. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only, or the disk has failed. Nothing was saved.</source>
        <translation>Basis data %1 tidak dapat ditulis: berkas atau foldernya hanya dapat dibaca, atau disknya rusak. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Besuk will not work on it. There is no backup in %2: ask the administrator for the latest backup.</source>
        <translation>Basis data %1 rusak. Besuk tidak akan bekerja dengannya. Tidak ada cadangan di %2: mintalah cadangan terbaru kepada administrator.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Besuk will not work on it. The latest backup is %2; to restore it, stop every station and run: besuk-cli --db %1 restore %2 --yes</source>
        <translation>Basis data %1 rusak. Besuk tidak akan bekerja dengannya. Cadangan terbaru adalah %2; untuk memulihkannya, hentikan semua stasiun lalu jalankan: besuk-cli --db %1 restore %2 --yes</translation>
    </message>
    <message>
        <source>the user name or password was refused</source>
        <translation>nama pengguna atau kata sandinya ditolak</translation>
    </message>
    <message>
        <source>check the network, the server and the address</source>
        <translation>periksa jaringan, server, dan alamatnya</translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation>Basis data melaporkan kesalahan yang tidak terduga.</translation>
    </message>
    <message>
        <source>The database reported an unexpected error (code %1).</source>
        <translation>Basis data melaporkan kesalahan yang tidak terduga (kode %1).</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Basis data %1 tidak dapat dibuka.</translation>
    </message>
</context>
<context>
    <name>DemoFacility</name>
    <message>
        <source>Could not make a temporary folder for the demo.</source>
        <translation>Folder sementara untuk demo tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The demo roster is missing from the program.</source>
        <translation>Daftar warga binaan demo tidak ada di dalam program.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo&apos;s tickets.</source>
        <translation>Folder %1 untuk tiket demo tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>EscPosPrinter</name>
    <message>
        <source>paper out</source>
        <translation>kertas habis</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>penutup terbuka</translation>
    </message>
    <message>
        <source>cutter error</source>
        <translation>pemotong kertas bermasalah</translation>
    </message>
    <message>
        <source>unrecoverable error</source>
        <translation>galat yang tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>print head too hot or wrong voltage</source>
        <translation>kepala cetak terlalu panas atau tegangan tidak sesuai</translation>
    </message>
    <message>
        <source>printer error</source>
        <translation>printer bermasalah</translation>
    </message>
    <message>
        <source>paper being fed with the button</source>
        <translation>kertas sedang diumpankan dengan tombol</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>tidak siap mencetak</translation>
    </message>
    <message>
        <source>No device or network address is set for the ESC/POS printer.</source>
        <translation>Belum ada perangkat atau alamat jaringan untuk printer ESC/POS.</translation>
    </message>
    <message>
        <source>The printer %1 gave no answer to the status request within %2 s (if this printer never answers, turn the status question off).</source>
        <translation>Printer %1 tidak menjawab permintaan status dalam %2 detik (jika printer ini memang tidak pernah menjawab, matikan pemeriksaan status).</translation>
    </message>
    <message>
        <source>The printer %1 answered the status request with 0x%2, which is not a status.</source>
        <translation>Printer %1 menjawab permintaan status dengan 0x%2, yang bukan status.</translation>
    </message>
    <message>
        <source>The printer %1 reports: %2.</source>
        <translation>Printer %1 melaporkan: %2.</translation>
    </message>
    <message>
        <source>The printer&apos;s address %1 is not known.</source>
        <translation>Alamat printer %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The printer at %1 refused the connection: is it switched on, and is the address right?</source>
        <translation>Printer di %1 menolak sambungan: apakah printer menyala dan alamatnya benar?</translation>
    </message>
    <message>
        <source>The printer at %1 did not accept the connection within %2 s.</source>
        <translation>Printer di %1 tidak menerima sambungan dalam %2 detik.</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached from this computer: is the network cable plugged in, and is the address on this network?</source>
        <translation>Printer di %1 tidak dapat dijangkau dari komputer ini: apakah kabel jaringan tersambung, dan apakah alamatnya ada di jaringan ini?</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached (system error %2).</source>
        <translation>Printer di %1 tidak dapat dihubungi (galat sistem %2).</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection before the ticket was done.</source>
        <translation>Printer di %1 menutup sambungan sebelum tiket selesai.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</source>
        <translation>Printer di %1 berhenti menerima data setelah %2 dari %3 bita dan tidak menerima apa pun lagi selama %4 detik: apakah kertasnya habis, atau penutupnya terbuka?</translation>
    </message>
    <message>
        <source>The printer at %1 broke off the connection after %2 of %3 bytes (was it switched off or restarted?).</source>
        <translation>Printer di %1 memutus sambungan setelah %2 dari %3 bita (apakah printer dimatikan atau dinyalakan ulang?).</translation>
    </message>
    <message>
        <source>The connection to the printer at %1 was lost after %2 of %3 bytes (system error %4).</source>
        <translation>Sambungan ke printer di %1 terputus setelah %2 dari %3 bita (galat sistem %4).</translation>
    </message>
    <message>
        <source>The printer device %1 is not there: is the printer plugged in and switched on?</source>
        <translation>Perangkat printer %1 tidak ada: apakah printer tersambung dan menyala?</translation>
    </message>
    <message>
        <source>This user may not use the printer device %1 (on Debian: add the user to the &quot;lp&quot; group).</source>
        <translation>Pengguna ini tidak boleh memakai perangkat printer %1 (di Debian: tambahkan pengguna ke grup &quot;lp&quot;).</translation>
    </message>
    <message>
        <source>The printer device %1 is in use by another program.</source>
        <translation>Perangkat printer %1 sedang dipakai program lain.</translation>
    </message>
    <message>
        <source>The printer device %1 cannot be opened (system error %2).</source>
        <translation>Perangkat printer %1 tidak dapat dibuka (galat sistem %2).</translation>
    </message>
    <message>
        <source>Writing to the printer device %1 failed after %2 of %3 bytes (system error %4).</source>
        <translation>Gagal menulis ke perangkat printer %1 setelah %2 dari %3 bita (galat sistem %4).</translation>
    </message>
    <message>
        <source>The printer device %1 is out of paper.</source>
        <translation>Kertas pada perangkat printer %1 habis.</translation>
    </message>
    <message>
        <source>The printer device %1 went away while printing.</source>
        <translation>Perangkat printer %1 terputus saat mencetak.</translation>
    </message>
    <message>
        <source>The printer device %1 stopped taking data after %2 of %3 bytes and took nothing more for %4 s: is it out of paper, or is its cover open?</source>
        <translation>Perangkat printer %1 berhenti menerima data setelah %2 dari %3 bita dan tidak menerima apa pun lagi selama %4 detik: apakah kertasnya habis, atau penutupnya terbuka?</translation>
    </message>
    <message>
        <source>Reading from the printer device %1 failed (system error %2).</source>
        <translation>Gagal membaca dari perangkat printer %1 (galat sistem %2).</translation>
    </message>
    <message>
        <source>The printer at %1 took the whole ticket, then broke off the connection before printing it (was it switched off or restarted?).</source>
        <translation>Printer di %1 menerima seluruh tiket, lalu memutus sambungan sebelum mencetaknya (apakah printer dimatikan atau dinyalakan ulang?).</translation>
    </message>
    <message>
        <source>The printer %1 was not found: looking up its name got no answer within %2 s. Is the network (and its name server) working? An IP address instead of the name avoids the lookup.</source>
        <translation>Printer %1 tidak ditemukan: pencarian namanya tidak mendapat jawaban dalam %2 detik. Apakah jaringan (dan server namanya) berfungsi? Gunakan alamat IP printer sebagai ganti namanya agar tidak perlu pencarian nama.</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>Facility name</source>
        <translation>Nama rutan/lapas</translation>
    </message>
    <message>
        <source>Please give the facility a name.</source>
        <translation>Silakan isi nama rutan/lapas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Use a name like Asia/Makassar.</source>
        <translation>&quot;%1&quot; bukan zona waktu yang dikenal komputer ini. Gunakan nama seperti Asia/Makassar.</translation>
    </message>
    <message>
        <source>This database already belongs to a facility.</source>
        <translation>Basis data ini sudah dimiliki sebuah rutan/lapas.</translation>
    </message>
    <message>
        <source>A key file already exists at %1. Move it away or choose another key location.</source>
        <translation>Berkas kunci sudah ada di %1. Pindahkan berkas itu atau pilih lokasi kunci lain.</translation>
    </message>
    <message>
        <source>This database has no facility yet. Create one with &quot;besuk-cli init&quot;.</source>
        <translation>Basis data ini belum memiliki rutan/lapas. Buat dengan &quot;besuk-cli init&quot;.</translation>
    </message>
    <message>
        <source>The facility settings in this database are damaged.</source>
        <translation>Pengaturan rutan/lapas dalam basis data ini rusak.</translation>
    </message>
    <message>
        <source>The facility&apos;s rules in this database are damaged.</source>
        <translation>Aturan kunjungan dalam basis data ini rusak.</translation>
    </message>
    <message>
        <source>The key file %1 belongs to another facility. Tickets cannot be signed with it.</source>
        <translation>Berkas kunci %1 milik rutan/lapas lain. Tiket tidak dapat ditandatangani dengannya.</translation>
    </message>
</context>
<context>
    <name>FacilityKey</name>
    <message>
        <source>The facility key file %1 does not exist.</source>
        <translation>Berkas kunci %1 tidak ada.</translation>
    </message>
    <message>
        <source>The facility key file %1 cannot be read: %2</source>
        <translation>Berkas kunci %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The facility key file %1 is not a valid Besuk key file.</source>
        <translation>Berkas kunci %1 bukan berkas kunci Besuk yang sah.</translation>
    </message>
    <message>
        <source>The facility key file %1 is damaged: its public key does not match its secret key.</source>
        <translation>Berkas kunci %1 rusak: kunci publiknya tidak cocok dengan kunci rahasianya.</translation>
    </message>
    <message>
        <source>The facility key could not be saved to %1: %2</source>
        <translation>Kunci tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>folder %1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it does not exist</source>
        <translation>berkas itu tidak ada</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>the disk or its file system reported an error</source>
        <translation>disk atau sistem berkasnya melaporkan kesalahan</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>the disk may be full or has failed</source>
        <translation>disk mungkin penuh atau rusak</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Berkas %1 tidak dapat dibaca: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2.</source>
        <translation>Berkas %1 tidak dapat ditulis: %2.</translation>
    </message>
</context>
<context>
    <name>GateService</name>
    <message>
        <source>Not a valid ticket: forged, damaged or from another facility.</source>
        <translation>Tiket tidak sah: palsu, rusak, atau dari rutan/lapas lain.</translation>
    </message>
    <message>
        <source>This ticket does not match the database. Check the group by hand.</source>
        <translation>Tiket ini tidak cocok dengan basis data. Periksa rombongan secara manual.</translation>
    </message>
    <message>
        <source>This ticket is not in the database. Check the group by hand.</source>
        <translation>Tiket ini tidak ada di basis data. Periksa rombongan secara manual.</translation>
    </message>
    <message>
        <source>This ticket was cancelled: %1</source>
        <translation>Tiket ini sudah dibatalkan: %1</translation>
    </message>
    <message>
        <source>Entry was refused at %1: %2</source>
        <translation>Masuk ditolak pada %1: %2</translation>
    </message>
    <message>
        <source>This group already left at %1.</source>
        <translation>Rombongan ini sudah keluar pada %1.</translation>
    </message>
    <message>
        <source>Already admitted at %1 by %2.</source>
        <translation>Sudah masuk pada %1, diizinkan oleh %2.</translation>
    </message>
    <message>
        <source>This ticket is for %1, not today.</source>
        <translation>Tiket ini untuk %1, bukan hari ini.</translation>
    </message>
    <message>
        <source>A person in this group is banned from visiting. Call the duty officer.</source>
        <translation>Ada anggota rombongan yang dilarang berkunjung. Panggil petugas jaga.</translation>
    </message>
    <message>
        <source>Valid ticket. Check each adult&apos;s identity card.</source>
        <translation>Tiket sah. Periksa KTP setiap pengunjung dewasa.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Every item needs a description.</source>
        <translation>Setiap barang perlu keterangan.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>The deposited item &quot;%1&quot; needs a tag or locker number.</source>
        <translation>Barang titipan &quot;%1&quot; perlu label atau nomor loker.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Please give the reason for refusing entry.</source>
        <translation>Silakan isi alasan penolakan masuk.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>This group has not been admitted.</source>
        <translation>Rombongan ini belum diizinkan masuk.</translation>
    </message>
    <message>
        <source>Inspection recorded. The group may be admitted.</source>
        <translation>Pemeriksaan dicatat. Rombongan boleh masuk.</translation>
    </message>
    <message>
        <source>Exit inspection recorded.</source>
        <translation>Pemeriksaan keluar dicatat.</translation>
    </message>
    <message>
        <source>Inspect the group&apos;s belongings before admitting.</source>
        <translation>Periksa barang bawaan rombongan sebelum mengizinkan masuk.</translation>
    </message>
    <message numerus="yes">
        <source>Admitted. %n person(s) may enter.</source>
        <translation>
            <numerusform>Diizinkan. %n orang boleh masuk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked out after %n minute(s).</source>
        <translation>
            <numerusform>Keluar setelah %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>This booking is not in the database. Check the group by hand.</source>
        <translation>Pemesanan ini tidak ada di basis data. Periksa rombongan secara manual.</translation>
    </message>
    <message>
        <source>This ticket does not match the booking any more: it was changed. Ask for the booking code and check it at the kiosk.</source>
        <translation>Tiket ini tidak lagi cocok dengan pemesanannya karena pemesanan telah diubah. Mintalah kode pemesanan dan periksa di kios.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>Pemesanan ini telah dibatalkan.</translation>
    </message>
    <message>
        <source>This booking is for %1, not today.</source>
        <translation>Pemesanan ini untuk %1, bukan hari ini.</translation>
    </message>
    <message>
        <source>Booked %1.</source>
        <translation>Dipesan pukul %1.</translation>
    </message>
    <message>
        <source>Early: booked %1.</source>
        <translation>Datang lebih awal: dipesan pukul %1.</translation>
    </message>
    <message>
        <source>Late: booked %1.</source>
        <translation>Datang terlambat: dipesan pukul %1.</translation>
    </message>
</context>
<context>
    <name>InmateStore</name>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>An inmate with the number %1 is already on the roster.</source>
        <translation>Warga binaan dengan nomor %1 sudah ada di daftar.</translation>
    </message>
    <message>
        <source>No inmate with the number %1 is on the roster.</source>
        <translation>Tidak ada warga binaan dengan nomor %1 di daftar.</translation>
    </message>
    <message>
        <source>This inmate is not on the roster.</source>
        <translation>Warga binaan ini tidak ada di daftar.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkasnya kosong.</translation>
    </message>
    <message>
        <source>The first line must name the columns: number,name,block (block may be left out).</source>
        <translation>Baris pertama harus berisi nama kolom: number,name,block (block boleh tidak ada).</translation>
    </message>
    <message>
        <source>It has %1 fields; the header has %2.</source>
        <translation>Baris ini berisi %1 kolom; judul kolom berisi %2.</translation>
    </message>
    <message>
        <source>The number %1 appears earlier in this file.</source>
        <translation>Nomor %1 sudah muncul sebelumnya di berkas ini.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Blok %1</translation>
    </message>
</context>
<context>
    <name>KtpReader</name>
    <message>
        <source>The ID card reader cannot start: its Indonesian text model is not installed (package tesseract-ocr-ind).</source>
        <translation>Pembaca KTP tidak dapat dijalankan: model teks bahasa Indonesianya belum terpasang (paket tesseract-ocr-ind).</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>Gambar tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>No card text was found. Hold the ID card inside the frame, flat and well lit.</source>
        <translation>Tulisan kartu tidak ditemukan. Pegang KTP di dalam bingkai, rata dan cukup terang.</translation>
    </message>
    <message>
        <source>The NIK on the card could not be read. Hold the card still, without glare.</source>
        <translation>NIK pada kartu belum terbaca. Pegang kartu dengan tenang, tanpa pantulan cahaya.</translation>
    </message>
</context>
<context>
    <name>MessageLocale</name>
    <message>
        <source>en_GB</source>
        <comment>locale for dates in messages</comment>
        <translation>id_ID</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was made by a newer version of Besuk (schema %1). Please update Besuk on this computer.</source>
        <translation>Basis data ini dibuat oleh Besuk versi yang lebih baru (skema %1). Silakan perbarui Besuk di komputer ini.</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>Please enter the NIK.</source>
        <translation>Silakan masukkan NIK.</translation>
    </message>
    <message>
        <source>A NIK holds only digits.</source>
        <translation>NIK hanya berisi angka.</translation>
    </message>
    <message numerus="yes">
        <source>A NIK has 16 digits; this one has %n.</source>
        <translation>
            <numerusform>NIK terdiri dari 16 angka; yang ini %n angka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The province code in the NIK (digits 1-2) cannot be 00. Please check the NIK.</source>
        <translation>Kode provinsi pada NIK (angka ke-1 dan 2) tidak boleh 00. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The regency code in the NIK (digits 3-4) cannot be 00. Please check the NIK.</source>
        <translation>Kode kabupaten/kota pada NIK (angka ke-3 dan 4) tidak boleh 00. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The district code in the NIK (digits 5-6) cannot be 00. Please check the NIK.</source>
        <translation>Kode kecamatan pada NIK (angka ke-5 dan 6) tidak boleh 00. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The day of birth in the NIK (digits 7-8) is not valid. Please check the NIK.</source>
        <translation>Tanggal lahir pada NIK (angka ke-7 dan 8) tidak sah. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The month of birth in the NIK (digits 9-10) is not valid. Please check the NIK.</source>
        <translation>Bulan lahir pada NIK (angka ke-9 dan 10) tidak sah. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The birth date in the NIK (digits 7-12) does not exist. Please check the NIK.</source>
        <translation>Tanggal lahir pada NIK (angka ke-7 sampai 12) tidak ada di kalender. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The birth date in the NIK is after today. Please check the NIK.</source>
        <translation>Tanggal lahir pada NIK jatuh setelah hari ini. Silakan periksa NIK.</translation>
    </message>
    <message>
        <source>The last four digits of the NIK cannot be 0000. Please check the NIK.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000. Silakan periksa NIK.</translation>
    </message>
</context>
<context>
    <name>OfflineGate</name>
    <message>
        <source>This station has no copy of today&apos;s tickets yet: it needs the server once.</source>
        <translation>Stasiun ini belum memiliki salinan tiket hari ini: stasiun perlu terhubung ke server sekali.</translation>
    </message>
    <message>
        <source>A booked ticket whose group has not arrived yet needs the server. Check the group by hand.</source>
        <translation>Tiket pemesanan yang rombongannya belum tiba memerlukan server. Periksa rombongan secara manual.</translation>
    </message>
    <message>
        <source>This ticket is not in this station&apos;s copy of today&apos;s tickets. Check the group by hand.</source>
        <translation>Tiket ini tidak ada dalam salinan tiket hari ini di stasiun ini. Periksa rombongan secara manual.</translation>
    </message>
    <message>
        <source>Registered at %1 while the server could not be reached: the inmate and the group are printed on the ticket. Check them by hand.</source>
        <translation>Didaftarkan di %1 saat server tidak terjangkau: warga binaan dan rombongan tercetak pada tiket. Periksa secara manual.</translation>
    </message>
</context>
<context>
    <name>OfflineKiosk</name>
    <message>
        <source>This kiosk cannot give more queue numbers until the server is back. Please go to the registration desk.</source>
        <translation>Kios ini tidak dapat memberi nomor antrean lagi sampai server kembali. Silakan ke meja pendaftaran.</translation>
    </message>
</context>
<context>
    <name>PrinterUri</name>
    <message>
        <source>&quot;%1&quot; does not name a printer. Use system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>&quot;%1&quot; bukan nama printer. Gunakan system:NAMA, pdf:BERKAS, escpos:/dev/usb/lp0 atau escpos-tcp://HOST:9100.</translation>
    </message>
</context>
<context>
    <name>QueueBlocks</name>
    <message>
        <source>No more queue numbers can be reserved today.</source>
        <translation>Tidak ada lagi nomor antrean yang dapat dicadangkan hari ini.</translation>
    </message>
    <message>
        <source>Please name the kiosk (up to 100 characters).</source>
        <translation>Sebutkan nama kios (paling banyak 100 karakter).</translation>
    </message>
</context>
<context>
    <name>RangeWorkbook</name>
    <message>
        <source>The spreadsheet could not be made: %1</source>
        <translation>Lembar kerja tidak dapat dibuat: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationService</name>
    <message>
        <source>Please enter at least one adult visitor with a NIK.</source>
        <translation>Silakan masukkan paling sedikit satu pengunjung dewasa dengan NIK.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and %1.</source>
        <translation>Jumlah anak harus antara 0 dan %1.</translation>
    </message>
    <message>
        <source>The NIK %1 is entered twice.</source>
        <translation>NIK %1 dimasukkan dua kali.</translation>
    </message>
    <message>
        <source>Children can visit only with an adult aged %1 or over. Please come with an adult.</source>
        <translation>Anak-anak hanya boleh berkunjung bersama orang dewasa berusia %1 tahun ke atas. Silakan datang bersama orang dewasa.</translation>
    </message>
    <message>
        <source>A group may have at most %1 people, children included; this one has %2. Please register fewer people.</source>
        <translation>Satu rombongan paling banyak %1 orang, termasuk anak-anak; rombongan ini %2 orang. Silakan daftarkan lebih sedikit orang.</translation>
    </message>
    <message>
        <source>A group may have at most %1 adults; this one has %2.</source>
        <translation>Satu rombongan paling banyak %1 orang dewasa; rombongan ini %2 orang dewasa.</translation>
    </message>
    <message>
        <source>Registration is open from %1 to %2. Please come back then.</source>
        <translation>Pendaftaran dibuka pukul %1 sampai %2. Silakan datang kembali pada jam tersebut.</translation>
    </message>
    <message>
        <source>No more queue numbers can be given today.</source>
        <translation>Hari ini tidak ada lagi nomor antrian yang dapat diberikan.</translation>
    </message>
    <message>
        <source>No inmate with the number %1 was found. Please check the number or search by name.</source>
        <translation>Warga binaan dengan nomor %1 tidak ditemukan. Silakan periksa nomornya atau cari dengan nama.</translation>
    </message>
    <message>
        <source>%1 cannot receive visits at the moment. Please ask an officer.</source>
        <translation>%1 saat ini tidak dapat dikunjungi. Silakan tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>Visits to %1 are on these days: %2. Please come back then.</source>
        <translation>Kunjungan untuk %1 hanya pada hari: %2. Silakan datang kembali pada hari tersebut.</translation>
    </message>
    <message>
        <source>This registration cannot be completed here. Please see an officer.</source>
        <translation>Pendaftaran ini tidak dapat diselesaikan di sini. Silakan temui petugas.</translation>
    </message>
    <message>
        <source>%1 has already had the visits allowed this week. The next visit can be from %2.</source>
        <translation>%1 sudah mendapat jatah kunjungan minggu ini. Kunjungan berikutnya bisa mulai %2.</translation>
    </message>
    <message>
        <source>Today&apos;s visits are full. Please come on another visiting day.</source>
        <translation>Kunjungan hari ini sudah penuh. Silakan datang pada hari kunjungan lain.</translation>
    </message>
    <message>
        <source>All of today&apos;s visiting sessions are full. Please come on another visiting day.</source>
        <translation>Semua sesi kunjungan hari ini sudah penuh. Silakan datang pada hari kunjungan lain.</translation>
    </message>
    <message>
        <source>This NIK has already been added to the group. Each person is entered once.</source>
        <translation>NIK ini sudah ditambahkan ke rombongan. Setiap orang cukup dimasukkan satu kali.</translation>
    </message>
    <message numerus="yes">
        <source>A group may have at most %n adult(s). Please continue without this person.</source>
        <translation>
            <numerusform>Satu rombongan paling banyak %n orang dewasa. Silakan lanjutkan tanpa orang ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group may have at most %n people, children included. Please register fewer people.</source>
        <translation>
            <numerusform>Satu rombongan paling banyak %n orang, termasuk anak-anak. Silakan daftarkan lebih sedikit orang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits to %1 are on these days: %2. Please choose one of them.</source>
        <translation>Kunjungan untuk %1 pada hari: %2. Silakan pilih salah satunya.</translation>
    </message>
    <message>
        <source>Visits on %1 are full. Please choose another visiting day.</source>
        <translation>Kunjungan pada %1 sudah penuh. Silakan pilih hari kunjungan lain.</translation>
    </message>
    <message>
        <source>This booking has changed meanwhile. Please scan it again.</source>
        <translation>Pemesanan ini baru saja berubah. Silakan pindai lagi.</translation>
    </message>
    <message>
        <source>This is not a queue ticket of this facility. Please ask an officer.</source>
        <translation>Ini bukan tiket antrean lembaga ini. Silakan bertanya kepada petugas.</translation>
    </message>
    <message>
        <source>This ticket is not in the database. Please ask an officer.</source>
        <translation>Tiket ini tidak ada di basis data. Silakan bertanya kepada petugas.</translation>
    </message>
    <message>
        <source>This ticket already has a queue number for today: %1. Please wait until it is called.</source>
        <translation>Tiket ini sudah memiliki nomor antrean untuk hari ini: %1. Silakan menunggu sampai dipanggil.</translation>
    </message>
    <message>
        <source>The visitors of this ticket are no longer on record. Please register as a new visit.</source>
        <translation>Data pengunjung tiket ini sudah tidak tersimpan. Silakan mendaftar sebagai kunjungan baru.</translation>
    </message>
    <message>
        <source>The queue number %1 was not reserved for %2.</source>
        <translation>Nomor antrean %1 tidak dicadangkan untuk %2.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>The retention setting in this database is damaged.</source>
        <translation>Pengaturan masa simpan data dalam basis data ini rusak.</translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 days.</source>
        <translation>Masa simpan data harus antara %1 dan %2 hari.</translation>
    </message>
    <message>
        <source>Nothing is stored about the NIK %1.</source>
        <translation>Tidak ada data yang tersimpan tentang NIK %1.</translation>
    </message>
    <message>
        <source>Ban reasons are for staff. Review them before handing this file to the person.</source>
        <translation>Alasan larangan berkunjung hanya untuk staf. Periksa alasan tersebut sebelum menyerahkan berkas ini kepada yang bersangkutan.</translation>
    </message>
    <message>
        <source>Give the date to purge before, like 2025-12-01.</source>
        <translation>Sebutkan tanggal batas penghapusan (data sebelum tanggal itu dihapus), seperti 2025-12-01.</translation>
    </message>
    <message>
        <source>Only days before today can be purged; %1 is after today.</source>
        <translation>Hanya data dari hari-hari sebelum hari ini yang dapat dihapus; %1 jatuh setelah hari ini.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The rule &quot;%1&quot; has a value that cannot be used.</source>
        <translation>Aturan &quot;%1&quot; memiliki nilai yang tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>Visiting days must be weekdays 1 (Monday) to 7 (Sunday).</source>
        <translation>Hari kunjungan harus hari 1 (Senin) sampai 7 (Minggu).</translation>
    </message>
    <message>
        <source>Visiting hours must open before they close.</source>
        <translation>Jam kunjungan harus dibuka sebelum ditutup.</translation>
    </message>
    <message>
        <source>Each session needs a name, a start before its end, and a capacity of 0 or more.</source>
        <translation>Setiap sesi perlu nama, jam mulai sebelum jam selesai, dan kapasitas 0 atau lebih.</translation>
    </message>
    <message>
        <source>The group size limit must be between 1 and 50.</source>
        <translation>Batas jumlah orang per rombongan harus antara 1 dan 50.</translation>
    </message>
    <message>
        <source>The adult limit must be at least 1 and no more than the group size limit.</source>
        <translation>Batas orang dewasa minimal 1 dan tidak boleh melebihi batas jumlah orang per rombongan.</translation>
    </message>
    <message>
        <source>Limits cannot be negative (0 means no limit).</source>
        <translation>Batas tidak boleh negatif (0 berarti tanpa batas).</translation>
    </message>
    <message>
        <source>The visit time limit must be between 1 and 1440 minutes.</source>
        <translation>Batas waktu kunjungan harus antara 1 dan 1440 menit.</translation>
    </message>
    <message>
        <source>Each prohibited item needs a name of at most %1 characters.</source>
        <translation>Setiap barang terlarang perlu nama paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The prohibited-items list holds at most %1 items.</source>
        <translation>Daftar barang terlarang paling banyak berisi %1 barang.</translation>
    </message>
    <message>
        <source>The adult age must be between 1 and 30.</source>
        <translation>Usia dewasa harus antara 1 dan 30 tahun.</translation>
    </message>
    <message>
        <source>Online booking may reach between 0 (off) and %1 days ahead.</source>
        <translation>Pemesanan daring dapat menjangkau 0 (nonaktif) sampai %1 hari ke depan.</translation>
    </message>
    <message>
        <source>Please give the time at which booking for a day closes.</source>
        <translation>Harap isi jam penutupan pemesanan untuk suatu hari.</translation>
    </message>
    <message>
        <source>The arrival tolerance must be between 0 and %1 minutes.</source>
        <translation>Toleransi kedatangan harus antara 0 dan %1 menit.</translation>
    </message>
    <message>
        <source>Open bookings per person must be between 1 and %1.</source>
        <translation>Pemesanan aktif per orang harus antara 1 dan %1.</translation>
    </message>
    <message>
        <source>Booking slots can only be given to visiting days.</source>
        <translation>Slot pemesanan hanya dapat diberikan pada hari kunjungan.</translation>
    </message>
    <message>
        <source>Each booking slot must start before it ends, within visiting hours (%1-%2).</source>
        <translation>Setiap slot pemesanan harus dimulai sebelum berakhir, di dalam jam kunjungan (%1-%2).</translation>
    </message>
    <message>
        <source>A booking slot holds between 1 and %1 visitors.</source>
        <translation>Satu slot pemesanan memuat 1 sampai %1 pengunjung.</translation>
    </message>
    <message>
        <source>Booking slots of one day must not overlap.</source>
        <translation>Slot pemesanan pada satu hari tidak boleh tumpang tindih.</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Page not found</source>
        <translation>Halaman tidak ditemukan</translation>
    </message>
    <message>
        <source>This page does not exist. Start again from the home page.</source>
        <translation>Halaman ini tidak ada. Mulai lagi dari halaman utama.</translation>
    </message>
    <message>
        <source>Too much data</source>
        <translation>Data terlalu banyak</translation>
    </message>
    <message>
        <source>The form sent more data than this site accepts.</source>
        <translation>Formulir mengirim data lebih banyak daripada yang diterima situs ini.</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Permintaan ditolak</translation>
    </message>
    <message>
        <source>The request could not be handled. Please try again.</source>
        <translation>Permintaan tidak dapat diproses. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>The site could not answer just now. Nothing was booked. Please try again.</source>
        <translation>Situs tidak dapat menjawab saat ini. Tidak ada yang dipesan. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Terlalu banyak permintaan</translation>
    </message>
    <message>
        <source>Too many requests came from your connection. Please wait a minute and try again.</source>
        <translation>Terlalu banyak permintaan dari koneksi Anda. Tunggu satu menit lalu coba lagi.</translation>
    </message>
    <message>
        <source>Could not listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>Tidak dapat mendengarkan di %1:%2 (sudah dipakai, atau bukan alamat mesin ini).</translation>
    </message>
    <message>
        <source>Visit booking</source>
        <translation>Pemesanan kunjungan</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Pesan kunjungan</translation>
    </message>
    <message>
        <source>My booking</source>
        <translation>Pesanan saya</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Langsung ke isi</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Kembali ke awal</translation>
    </message>
    <message>
        <source>Not available just now</source>
        <translation>Sedang tidak tersedia</translation>
    </message>
    <message>
        <source>The booking service cannot answer just now. Nothing was changed. Please try again later.</source>
        <translation>Layanan pemesanan tidak dapat menjawab saat ini. Tidak ada yang diubah. Silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>Form expired</source>
        <translation>Formulir kedaluwarsa</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this site. Nothing was changed. Please open the page again and repeat.</source>
        <translation>Formulir ini sudah kedaluwarsa atau tidak berasal dari situs ini. Tidak ada yang diubah. Buka halamannya lagi dan ulangi.</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Penitipan barang</translation>
    </message>
    <message>
        <source>Face-to-face visit</source>
        <translation>Kunjungan tatap muka</translation>
    </message>
    <message>
        <source>What for?</source>
        <translation>Untuk keperluan apa?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Hari apa?</translation>
    </message>
    <message>
        <source>No day can be booked online just now. Please come to the visiting room.</source>
        <translation>Saat ini belum ada hari yang dapat dipesan secara daring. Silakan datang ke ruang kunjungan.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Book your visit ahead and skip the queue at the kiosk. You need the inmate&apos;s registration number and each adult&apos;s NIK.</source>
        <translation>Pesan kunjungan Anda lebih dulu dan lewati antrean di kios. Anda memerlukan nomor registrasi warga binaan dan NIK setiap orang dewasa.</translation>
    </message>
    <message>
        <source>Choose what you come for.</source>
        <translation>Pilih keperluan Anda.</translation>
    </message>
    <message>
        <source>Choose one of the days shown.</source>
        <translation>Pilih salah satu hari yang ditampilkan.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>As written on the visiting card, e.g. B.I-001/2025</source>
        <translation>Seperti tertulis pada kartu kunjungan, mis. B.I-001/2025</translation>
    </message>
    <message>
        <source>Inmate&apos;s full name</source>
        <translation>Nama lengkap warga binaan</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Whom do you visit?</source>
        <translation>Siapa yang Anda kunjungi?</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>Sisa %n tempat</numerusform>
        </translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Jam berapa?</translation>
    </message>
    <message>
        <source>This day has no time slots.</source>
        <translation>Hari ini tidak memiliki slot waktu.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Pilih waktu</translation>
    </message>
    <message>
        <source>Choose a time that still has seats.</source>
        <translation>Pilih waktu yang masih ada tempat.</translation>
    </message>
    <message>
        <source>Lead visitor (adult 1)</source>
        <translation>Pengunjung utama (dewasa 1)</translation>
    </message>
    <message>
        <source>Adult %1 (optional)</source>
        <translation>Dewasa %1 (tidak wajib)</translation>
    </message>
    <message>
        <source>NIK (16 digits, from the KTP)</source>
        <translation>NIK (16 angka, dari KTP)</translation>
    </message>
    <message>
        <source>Full name as on the KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Children without a KTP</source>
        <translation>Anak tanpa KTP</translation>
    </message>
    <message numerus="yes">
        <source>At most %n people in one group, children included.</source>
        <translation>
            <numerusform>Paling banyak %n orang dalam satu rombongan, termasuk anak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is coming?</source>
        <translation>Siapa yang datang?</translation>
    </message>
    <message>
        <source>Type the number of children, from 0 to %1.</source>
        <translation>Ketik jumlah anak, dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Adult %1</source>
        <translation>Dewasa %1</translation>
    </message>
    <message>
        <source>Book now</source>
        <translation>Pesan sekarang</translation>
    </message>
    <message>
        <source>Check everything. After booking you get the QR ticket.</source>
        <translation>Periksa semuanya. Setelah memesan Anda mendapat tiket QR.</translation>
    </message>
    <message>
        <source>Change the visitors</source>
        <translation>Ubah pengunjung</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Periksa pesanan Anda</translation>
    </message>
    <message>
        <source>Too many bookings</source>
        <translation>Terlalu banyak pemesanan</translation>
    </message>
    <message>
        <source>Too many bookings were made from your connection in the last hour. Please try again later or book at the kiosk.</source>
        <translation>Terlalu banyak pemesanan dari koneksi Anda dalam satu jam terakhir. Silakan coba lagi nanti atau daftar di kios.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sudah datang</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Tidak dipakai</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Kode pemesanan</translation>
    </message>
    <message>
        <source>NIK of one adult in the booking</source>
        <translation>NIK salah satu orang dewasa dalam pesanan</translation>
    </message>
    <message>
        <source>Show my booking</source>
        <translation>Tampilkan pesanan saya</translation>
    </message>
    <message>
        <source>No booking has this code together with this NIK. Check both and try again.</source>
        <translation>Tidak ada pesanan dengan kode dan NIK ini. Periksa keduanya lalu coba lagi.</translation>
    </message>
    <message>
        <source>Link expired</source>
        <translation>Tautan kedaluwarsa</translation>
    </message>
    <message>
        <source>This link has expired. Open your booking again with its code and one adult&apos;s NIK.</source>
        <translation>Tautan ini sudah kedaluwarsa. Buka pesanan Anda lagi dengan kodenya dan NIK salah satu orang dewasa.</translation>
    </message>
    <message>
        <source>The visiting room is closed that day: %1</source>
        <translation>Ruang kunjungan tutup pada hari itu: %1</translation>
    </message>
    <message>
        <source>QR ticket for booking %1</source>
        <translation>Tiket QR untuk pesanan %1</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Dewasa</translation>
    </message>
    <message>
        <source>Show the QR code at the kiosk or the gate on the day.</source>
        <translation>Tunjukkan kode QR di kios atau di pintu pada hari kunjungan.</translation>
    </message>
    <message>
        <source>Download the ticket (PDF)</source>
        <translation>Unduh tiket (PDF)</translation>
    </message>
    <message>
        <source>Save the ticket as an image</source>
        <translation>Simpan tiket sebagai gambar</translation>
    </message>
    <message>
        <source>Visit booking at %1: code %2, %3, %4. Bring every adult&apos;s KTP.</source>
        <translation>Pemesanan kunjungan di %1: kode %2, %3, %4. Bawa KTP setiap orang dewasa.</translation>
    </message>
    <message>
        <source>Share through WhatsApp</source>
        <translation>Bagikan lewat WhatsApp</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Batalkan pesanan ini</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Pesanan Anda</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>Pindah ke waktu lain</translation>
    </message>
    <message>
        <source>New day and time</source>
        <translation>Hari dan waktu baru</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>Pindahkan pesanan</translation>
    </message>
    <message>
        <source>The booking is cancelled.</source>
        <translation>Pesanan telah dibatalkan.</translation>
    </message>
    <message>
        <source>Choose the new day and time.</source>
        <translation>Pilih hari dan waktu yang baru.</translation>
    </message>
</context>
<context>
    <name>SiteSecret</name>
    <message>
        <source>Could not read the site secret %1.</source>
        <translation>Rahasia situs %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The site secret %1 is damaged; remove it to make a new one.</source>
        <translation>Rahasia situs %1 rusak; hapus berkas itu agar dibuat yang baru.</translation>
    </message>
    <message>
        <source>Could not write the site secret %1.</source>
        <translation>Rahasia situs %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>StationJournal</name>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
</context>
<context>
    <name>StationLauncher</name>
    <message>
        <source>Besuk: visitor check-in for detention-centre visiting rooms.</source>
        <translation>Besuk: pendaftaran pengunjung untuk ruang kunjungan rutan dan lapas.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>Run on a fresh demo facility in a temporary folder (the kiosk unless --station says otherwise).</source>
        <translation>Jalankan dengan rutan demo baru di folder sementara (kios, kecuali --station menyebutkan yang lain).</translation>
    </message>
    <message>
        <source>The database: a SQLite file or a postgresql:// URL (default: %1).</source>
        <translation>Basis data: berkas SQLite atau URL postgresql:// (bawaan: %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOKASI</translation>
    </message>
    <message>
        <source>The facility&apos;s signing-key file (default: beside the database).</source>
        <translation>Berkas kunci penanda tangan tiket (bawaan: di samping basis data).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>JALUR</translation>
    </message>
    <message>
        <source>Fill the screen; leaving needs the admin PIN.</source>
        <translation>Layar penuh; keluar memerlukan PIN admin.</translation>
    </message>
    <message>
        <source>The language each visitor starts in: id or en.</source>
        <translation>Bahasa awal untuk setiap pengunjung: id atau en.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Tampilkan versi.</translation>
    </message>
    <message>
        <source>Try: besuk --help</source>
        <translation>Coba: besuk --help</translation>
    </message>
    <message>
        <source>Examples:
  besuk --demo
  besuk --demo --station kiosk,gate,display
  besuk --station kiosk --fullscreen
  besuk --station gate --db /srv/besuk/besuk.db --lang en
</source>
        <translation>Contoh:
  besuk --demo
  besuk --demo --station kiosk,gate,display
  besuk --station kiosk --fullscreen
  besuk --station gate --db /srv/besuk/besuk.db --lang en
</translation>
    </message>
    <message>
        <source>The station cannot start: %1
To see a demo instead, run: besuk --demo</source>
        <translation>Stasiun tidak dapat dimulai: %1
Untuk melihat demo, jalankan: besuk --demo</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumen tidak dikenal: %1</translation>
    </message>
    <message>
        <source>The station to run: kiosk, gate, display or staff; several, comma-separated, open one window each.</source>
        <translation>Stasiun yang dijalankan: kiosk, gate, display, atau staff; beberapa stasiun, dipisahkan koma, masing-masing membuka satu jendela.</translation>
    </message>
    <message>
        <source>Say which station to run, e.g. --station kiosk, or try --demo.</source>
        <translation>Sebutkan stasiun yang dijalankan, misalnya --station kiosk, atau coba --demo.</translation>
    </message>
    <message>
        <source>Unknown station &quot;%1&quot;: choose kiosk, gate, display or staff.</source>
        <translation>Stasiun &quot;%1&quot; tidak dikenal: pilih kiosk, gate, display, atau staff.</translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db and --key.</source>
        <translation>--demo membuat basis datanya sendiri; jangan pakai --db dan --key.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose id or en.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: pilih id atau en.</translation>
    </message>
    <message>
        <source>Besuk</source>
        <translation>Besuk</translation>
    </message>
    <message>
        <source>Demo facility in %1 (removed when you quit); tickets are kept as PDF files in %2. Admin PIN: %3.
Gate sign-in: user &quot;%4&quot;, PIN %3; staff console: user &quot;%5&quot;, PIN %3.
</source>
        <translation>Rutan demo di %1 (dihapus saat program ditutup); tiket disimpan sebagai berkas PDF di %2. PIN admin: %3.
Masuk pintu pemeriksaan: pengguna &quot;%4&quot;, PIN %3; konsol staf: pengguna &quot;%5&quot;, PIN %3.
</translation>
    </message>
</context>
<context>
    <name>TallyService</name>
    <message>
        <source>Please give valid dates.</source>
        <translation>Silakan isi tanggal yang sah.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>Tanggal akhir (%1) lebih awal daripada tanggal awal (%2).</translation>
    </message>
    <message>
        <source>A range covers at most %1 days; %2 to %3 has %4.</source>
        <translation>Rentang tanggal paling panjang %1 hari; %2 sampai %3 berisi %4 hari.</translation>
    </message>
</context>
<context>
    <name>TicketCodec</name>
    <message>
        <source>This is not a valid ticket of this facility.</source>
        <translation>Ini bukan tiket sah dari rutan/lapas ini.</translation>
    </message>
</context>
<context>
    <name>TicketFiles</name>
    <message>
        <source>Booking %1</source>
        <translation>Pesanan %1</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <source>Booking code</source>
        <translation>Kode pemesanan</translation>
    </message>
    <message>
        <source>Show this at the kiosk or the gate.</source>
        <translation>Tunjukkan ini di kios atau di pintu.</translation>
    </message>
    <message>
        <source>Men %1</source>
        <translation>Laki-laki %1</translation>
    </message>
    <message>
        <source>Women %1</source>
        <translation>Perempuan %1</translation>
    </message>
    <message>
        <source>Children %1</source>
        <translation>Anak-anak %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Diterbitkan %1</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>Nomor antrian</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Pengunjung utama</translation>
    </message>
    <message>
        <source>Keep this ticket; show it at the gate.</source>
        <translation>Simpan tiket ini; tunjukkan di pintu pemeriksaan.</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>The ticket could not be printed. Please take a photo of the QR code on the screen, or ask an officer.</source>
        <translation>Tiket tidak dapat dicetak. Silakan foto kode QR di layar, atau minta bantuan petugas.</translation>
    </message>
    <message>
        <source>No PDF file is set for tickets.</source>
        <translation>Berkas PDF untuk tiket belum diatur.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Folder &quot;%1&quot; tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>PDF &quot;%1&quot; tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>No default printer is set up.</source>
        <translation>Belum ada printer bawaan yang diatur.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>Printer &quot;%1&quot; tidak tersedia.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; reports an error (paper, cover or connection).</source>
        <translation>Printer &quot;%1&quot; melaporkan gangguan (kertas, tutup, atau sambungan).</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept the paper size %2.</source>
        <translation>Printer &quot;%1&quot; tidak menerima ukuran kertas %2.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not start.</source>
        <translation>Printer &quot;%1&quot; tidak mulai mencetak.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; failed while printing.</source>
        <translation>Printer &quot;%1&quot; gagal saat mencetak.</translation>
    </message>
    <message>
        <source>Unknown printer kind.</source>
        <translation>Jenis printer tidak dikenal.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: may this user write in that folder, and is the disk not full?</source>
        <translation>Berkas &quot;%1&quot; tidak dapat dibuat: apakah pengguna ini boleh menulis di folder itu, dan apakah disk tidak penuh?</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be saved: is the disk full?</source>
        <translation>Berkas &quot;%1&quot; tidak dapat disimpan: apakah disk penuh?</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Face-to-face visit</source>
        <translation>Kunjungan tatap muka</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Penitipan barang</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesi %1</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name must be %1 to %2 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Nama pengguna harus terdiri dari %1 sampai %2 karakter: huruf a-z, angka, &apos;.&apos;, &apos;_&apos;, atau &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The PIN or password must be %1 to %2 characters long.</source>
        <translation>PIN atau kata sandi harus terdiri dari %1 sampai %2 karakter.</translation>
    </message>
    <message>
        <source>The PIN or password cannot contain line breaks, tabs or other control characters.</source>
        <translation>PIN atau kata sandi tidak boleh berisi baris baru, tab, atau karakter kendali lain.</translation>
    </message>
    <message>
        <source>The PIN or password cannot be only spaces.</source>
        <translation>PIN atau kata sandi tidak boleh hanya berisi spasi.</translation>
    </message>
    <message>
        <source>The PIN or password could not be stored (out of memory).</source>
        <translation>PIN atau kata sandi tidak dapat disimpan (memori tidak cukup).</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Tidak ada pengguna bernama %1.</translation>
    </message>
    <message>
        <source>This is the last active admin. Make another user an admin first, so that someone can still manage users.</source>
        <translation>Ini adalah admin aktif terakhir. Jadikan pengguna lain admin terlebih dahulu, agar tetap ada yang dapat mengelola pengguna.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Nama pengguna %1 sudah dipakai.</translation>
    </message>
    <message>
        <source>Wrong user name or PIN.</source>
        <translation>Nama pengguna atau PIN salah.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again after %1.</source>
        <translation>Terlalu banyak percobaan yang salah. Coba lagi setelah %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an admin to enable it.</source>
        <translation>Akun %1 dinonaktifkan. Minta admin untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>An active administrator already exists. Please sign in, or ask an administrator for an account.</source>
        <translation>Administrator aktif sudah ada. Silakan masuk, atau minta akun kepada administrator.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Silakan masukkan nama.</translation>
    </message>
    <message numerus="yes">
        <source>Name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Nama terlalu panjang: paling banyak %n huruf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name cannot contain digits. Please enter the name in letters.</source>
        <translation>Nama tidak boleh berisi angka. Silakan tulis nama dengan huruf.</translation>
    </message>
    <message>
        <source>Name must be on one line, with ordinary spaces between words.</source>
        <translation>Nama harus dalam satu baris, dengan spasi biasa di antara kata.</translation>
    </message>
    <message>
        <source>Name contains an invisible or unknown character. Please type the name again.</source>
        <translation>Nama berisi karakter yang tidak terlihat atau tidak dikenal. Silakan ketik ulang nama.</translation>
    </message>
    <message>
        <source>Name cannot contain &quot;%1&quot;. Use only letters, spaces, apostrophes, hyphens, periods and commas.</source>
        <translation>Nama tidak boleh berisi &quot;%1&quot;. Gunakan hanya huruf, spasi, apostrof, tanda hubung, titik, dan koma.</translation>
    </message>
    <message>
        <source>Name must contain at least one letter.</source>
        <translation>Nama harus berisi paling sedikit satu huruf.</translation>
    </message>
    <message>
        <source>Please enter the inmate number.</source>
        <translation>Silakan masukkan nomor registrasi warga binaan.</translation>
    </message>
    <message numerus="yes">
        <source>Inmate number is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Nomor warga binaan terlalu panjang: paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inmate number can only contain letters A-Z, digits, spaces, &apos;.&apos;, &apos;/&apos; and &apos;-&apos;.</source>
        <translation>Nomor warga binaan hanya boleh berisi huruf A-Z, angka, spasi, &apos;.&apos;, &apos;/&apos;, dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Inmate number must contain at least one letter or digit.</source>
        <translation>Nomor warga binaan harus berisi paling sedikit satu huruf atau angka.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: use at most %n characters.</source>
        <translation>
            <numerusform>%1 terlalu panjang: paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be on one line, without tabs or other control characters.</source>
        <translation>%1 harus dalam satu baris, tanpa tab atau karakter kendali lain.</translation>
    </message>
    <message>
        <source>%1 contains a broken character. Please type it again.</source>
        <translation>%1 berisi karakter yang rusak. Silakan ketik ulang.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
</context>
<context>
    <name>VisitAdmin</name>
    <message>
        <source>Ticket %1 cannot be cancelled: the group was already admitted at %2.</source>
        <translation>Tiket %1 tidak dapat dibatalkan: rombongan sudah masuk pada %2.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be cancelled: the group already visited and left at %2.</source>
        <translation>Tiket %1 tidak dapat dibatalkan: rombongan sudah berkunjung dan keluar pada %2.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be cancelled: entry was already refused at %2.</source>
        <translation>Tiket %1 tidak dapat dibatalkan: rombongan sudah ditolak masuk pada %2.</translation>
    </message>
    <message>
        <source>Ticket %1 was already cancelled at %2.</source>
        <translation>Tiket %1 sudah dibatalkan pada %2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no ticket with this number.</source>
        <translation>Tidak ada tiket dengan nomor ini.</translation>
    </message>
    <message>
        <source>Type a queue number such as A-042.</source>
        <translation>Ketik nomor antrian seperti A-042.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>Tidak ada tiket %1 hari ini.</translation>
    </message>
</context>
<context>
    <name>WebDemo</name>
    <message>
        <source>Could not make a temporary folder for the demo.</source>
        <translation>Tidak dapat membuat folder sementara untuk demo.</translation>
    </message>
    <message>
        <source>The demo roster is missing from the program.</source>
        <translation>Daftar warga binaan demo tidak ada di dalam program.</translation>
    </message>
</context>
<context>
    <name>besuk-web</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 memerlukan bilangan bulat dari %2 sampai %3.</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>--listen memerlukan ALAMAT:PORT, mis. 127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>besuk::AdminPinDialog</name>
    <message>
        <source>Staff only</source>
        <translation>Khusus petugas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN salah. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>close the kiosk</source>
        <translation>menutup kios</translation>
    </message>
    <message>
        <source>leave full screen</source>
        <translation>keluar dari layar penuh</translation>
    </message>
    <message>
        <source>Enter the admin PIN to %1.</source>
        <translation>Masukkan PIN admin untuk %1.</translation>
    </message>
    <message>
        <source>No admin PIN has been set yet, so anyone can %1. Set one for this facility with: besuk-cli admin-pin set PIN</source>
        <translation>PIN admin belum diatur, jadi siapa pun dapat %1. Atur PIN untuk rutan/lapas ini dengan: besuk-cli admin-pin set PIN</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>besuk::AdultsScreen</name>
    <message>
        <source>Adult visitors</source>
        <translation>Pengunjung dewasa</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 angka dari KTP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Full name as on the KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Tambahkan orang ini</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Please add at least one adult with a NIK. Children come with an adult.</source>
        <translation>Silakan tambahkan paling sedikit satu orang dewasa dengan NIK. Anak-anak datang bersama orang dewasa.</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 dari %2 angka</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s) old</source>
        <translation>
            <numerusform>%1, %n tahun</numerusform>
        </translation>
    </message>
    <message>
        <source>Under %1: counted as a child.</source>
        <translation>Di bawah %1 tahun: dihitung sebagai anak-anak.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s)</source>
        <translation>
            <numerusform>%1, %n tahun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (child)</source>
        <translation>%1 (anak)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Hapus %1 dari rombongan</translation>
    </message>
    <message>
        <source>Nobody added yet.</source>
        <translation>Belum ada yang ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>In this group: %n adult(s)</source>
        <translation>
            <numerusform>Dalam rombongan ini: %n orang dewasa</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan ID card</source>
        <translation>Pindai KTP</translation>
    </message>
    <message>
        <source>Type %1, the region code of this area</source>
        <translation>Ketik %1, kode wilayah daerah ini</translation>
    </message>
    <message>
        <source>Type %1, the same area as the previous person</source>
        <translation>Ketik %1, wilayah yang sama dengan orang sebelumnya</translation>
    </message>
    <message>
        <source>Type the NIK (16 digits on the KTP), or clear the name.</source>
        <translation>Ketik NIK (16 angka di KTP), atau hapus namanya.</translation>
    </message>
    <message>
        <source>The NIK has %1 of %2 digits. Finish it, or tap Clear.</source>
        <translation>NIK baru %1 dari %2 angka. Lengkapi, atau sentuh Hapus semua.</translation>
    </message>
    <message>
        <source>Type the name as on the KTP, or clear the NIK.</source>
        <translation>Ketik nama sesuai KTP, atau hapus NIK-nya.</translation>
    </message>
    <message numerus="yes">
        <source>Enter the NIK (16 digits on the KTP) and the name of each adult. Tap &quot;Add this person&quot; to enter another, or &quot;Next&quot; when everyone is in. At most %n adult(s) per group.</source>
        <translation>
            <numerusform>Masukkan NIK (16 angka di KTP) dan nama setiap orang dewasa. Sentuh &quot;Tambahkan orang ini&quot; untuk orang berikutnya, atau &quot;Lanjut&quot; bila semua sudah masuk. Paling banyak %n orang dewasa per rombongan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::Announcer</name>
    <message>
        <source>The speech data (espeak-ng-data) is not installed.</source>
        <translation>Data suara (espeak-ng-data) belum terpasang.</translation>
    </message>
    <message>
        <source>The speech voice &quot;%1&quot; is not installed.</source>
        <translation>Suara &quot;%1&quot; belum terpasang.</translation>
    </message>
    <message>
        <source>The announcement could not be spoken.</source>
        <translation>Pengumuman tidak dapat diucapkan.</translation>
    </message>
</context>
<context>
    <name>besuk::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Periksa keutuhan rantai</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entri lebih lama</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entri ditampilkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies), none altered or removed.</source>
        <translation>
            <numerusform>Log audit utuh: %n entri, tidak ada yang diubah atau dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>Log audit telah diubah secara tidak sah: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What, e.g. visit. or export</source>
        <translation>Tindakan, mis. visit. atau export</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>besuk::BansPage</name>
    <message>
        <source>Bans</source>
        <translation>Larangan berkunjung</translation>
    </message>
    <message>
        <source>People who may not visit, by NIK. The reason is for staff and guards only: the visitor is only asked to see an officer.</source>
        <translation>Orang yang dilarang berkunjung, berdasarkan NIK. Alasannya hanya untuk staf dan petugas: pengunjung hanya diminta menemui petugas.</translation>
    </message>
    <message>
        <source>No bans are in force.</source>
        <translation>Tidak ada larangan berkunjung yang berlaku.</translation>
    </message>
    <message>
        <source>&amp;Lift ban…</source>
        <translation>&amp;Cabut larangan…</translation>
    </message>
    <message>
        <source>New ban</source>
        <translation>Larangan baru</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>&amp;Ends after</source>
        <translation>&amp;Berakhir setelah</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Add ban</source>
        <translation>&amp;Tambah larangan</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>Cabut larangan</translation>
    </message>
    <message>
        <source>Lift the ban on %1? They can register for visits again.</source>
        <translation>Cabut larangan berkunjung untuk %1? Orang ini dapat mendaftar kunjungan lagi.</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>%1 may not visit until %2 (inclusive).</source>
        <translation>%1 dilarang berkunjung sampai dengan %2.</translation>
    </message>
    <message>
        <source>%1 may not visit until the ban is lifted.</source>
        <translation>%1 dilarang berkunjung sampai larangan dicabut.</translation>
    </message>
    <message>
        <source>The ban on %1 was lifted.</source>
        <translation>Larangan berkunjung untuk %1 sudah dicabut.</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>For staff and guards only</source>
        <translation>Hanya untuk staf dan petugas</translation>
    </message>
    <message>
        <source>Without an end date the ban lasts until it is lifted.</source>
        <translation>Tanpa tanggal berakhir, larangan berlaku sampai dicabut.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Banned by</source>
        <translation>Dilarang oleh</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Until (last day)</source>
        <translation>Sampai (hari terakhir)</translation>
    </message>
</context>
<context>
    <name>besuk::BookingCodeScreen</name>
    <message>
        <source>Your booking code</source>
        <translation>Kode pemesanan Anda</translation>
    </message>
    <message>
        <source>Type the 8 letters and digits of your booking code, for example K7QM-4ZPX. The dash is not needed.</source>
        <translation>Ketik 8 huruf dan angka kode pemesanan Anda, misalnya K7QM-4ZPX. Tanda hubung tidak perlu diketik.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Cari pemesanan saya</translation>
    </message>
</context>
<context>
    <name>besuk::BookingRulesBox</name>
    <message>
        <source>Booking ahead (booking site)</source>
        <translation>Pemesanan kunjungan (situs pemesanan)</translation>
    </message>
    <message>
        <source>Families may &amp;book visits ahead</source>
        <translation>Keluarga dapat &amp;memesan kunjungan sebelumnya</translation>
    </message>
    <message>
        <source>Days that can be booked a&amp;head</source>
        <translation>&amp;Jumlah hari yang dapat dipesan ke depan</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Hapus slot</translation>
    </message>
    <message>
        <source>Copy these slots to every visiting day</source>
        <translation>Salin slot ini ke semua hari kunjungan</translation>
    </message>
    <message>
        <source>A visiting day without slots cannot be booked. Capacity counts every visitor, children included.</source>
        <translation>Hari kunjungan tanpa slot tidak dapat dipesan. Kapasitas menghitung setiap pengunjung, termasuk anak-anak.</translation>
    </message>
    <message>
        <source>Booking for a day closes the eve&amp;ning before at</source>
        <translation>Pemesanan suatu hari ditutup malam sebelumn&amp;ya, pukul</translation>
    </message>
    <message>
        <source>Arrival tolerance before and after the slot (&amp;minutes)</source>
        <translation>Toleransi kedatan&amp;gan sebelum dan sesudah slot (menit)</translation>
    </message>
    <message>
        <source>O&amp;pen bookings per person (NIK)</source>
        <translation>Pesanan akti&amp;f per orang (NIK)</translation>
    </message>
    <message>
        <source>Slots &amp;for</source>
        <translation>Slot pada hari</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Tambah slot</translation>
    </message>
</context>
<context>
    <name>besuk::BookingScreen</name>
    <message>
        <source>Your booking</source>
        <translation>Pesanan Anda</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Kode pemesanan</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Hari dan jam</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak-anak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>This booking has already been used to check in. Confirm to see the same ticket and queue number again.</source>
        <translation>Pemesanan ini sudah digunakan untuk mendaftar hadir. Tekan Konfirmasi untuk melihat tiket dan nomor antrean yang sama sekali lagi.</translation>
    </message>
    <message>
        <source>Please check that this is your booking, then confirm to get your queue number and ticket.</source>
        <translation>Mohon periksa apakah ini pemesanan Anda, lalu tekan Konfirmasi untuk mendapatkan nomor antrean dan tiket.</translation>
    </message>
</context>
<context>
    <name>besuk::BusyShade</name>
    <message>
        <source>Please wait…</source>
        <translation>Mohon tunggu…</translation>
    </message>
</context>
<context>
    <name>besuk::CallPanel</name>
    <message>
        <source>Calling</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>A — visits</source>
        <translation>A — kunjungan</translation>
    </message>
    <message>
        <source>B — item drop-off</source>
        <translation>B — penitipan barang</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The number this gate called last</source>
        <translation>Nomor yang terakhir dipanggil pintu ini</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Menunggu: %1</translation>
    </message>
    <message>
        <source>Call next (F5)</source>
        <translation>Panggil berikutnya (F5)</translation>
    </message>
    <message>
        <source>Call again (F6)</source>
        <translation>Panggil ulang (F6)</translation>
    </message>
    <message>
        <source>No-show (F7)</source>
        <translation>Tidak hadir (F7)</translation>
    </message>
</context>
<context>
    <name>besuk::CameraInput</name>
    <message>
        <source>No camera was found. Scan with the barcode scanner or type the number.</source>
        <translation>Kamera tidak ditemukan. Pindai dengan pemindai barcode atau ketik nomornya.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; was not found.</source>
        <translation>Kamera &quot;%1&quot; tidak ditemukan.</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>Gangguan kamera: %1</translation>
    </message>
</context>
<context>
    <name>besuk::ChangeFeed</name>
    <message>
        <source>Could not listen for changes from the database server.</source>
        <translation>Tidak dapat memantau perubahan dari server basis data.</translation>
    </message>
</context>
<context>
    <name>besuk::CheckOutScreen</name>
    <message>
        <source>Deposited items to hand back (tick each one)</source>
        <translation>Barang titipan yang dikembalikan (centang satu per satu)</translation>
    </message>
    <message>
        <source>Nothing was deposited at the entry.</source>
        <translation>Tidak ada barang yang dititipkan saat masuk.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Check out (Ctrl+Enter)</source>
        <translation>Catat keluar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Exit — %1</source>
        <translation>Keluar — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (visiting %2) has been inside for %n minute(s).</source>
        <translation>
            <numerusform>%1 (mengunjungi %2) sudah berada di dalam selama %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — tag %2 handed back</source>
        <translation>%1 — label %2 sudah dikembalikan</translation>
    </message>
</context>
<context>
    <name>besuk::ClosedDaysBox</name>
    <message>
        <source>%1 is closed for visits. Families who booked it see the reason.</source>
        <translation>Kunjungan pada %1 ditutup. Keluarga yang sudah memesan akan melihat alasannya.</translation>
    </message>
    <message>
        <source>Please choose the day to reopen in the list.</source>
        <translation>Silakan pilih hari yang akan dibuka kembali dari daftar.</translation>
    </message>
    <message>
        <source>%1 is open for visits again.</source>
        <translation>Kunjungan pada %1 dibuka kembali.</translation>
    </message>
    <message>
        <source>Closed days (holiday, lockdown)</source>
        <translation>Hari tutup (libur, penutupan sementara)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Shown to families who booked this day</source>
        <translation>Ditampilkan kepada keluarga yang memesan hari tersebut</translation>
    </message>
    <message>
        <source>Reopen chosen day</source>
        <translation>Buka kembali hari terpilih</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Har&amp;i</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Tutup hari</translation>
    </message>
</context>
<context>
    <name>besuk::DashboardPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Visitors on %1</source>
        <translation>Pengunjung pada %1</translation>
    </message>
    <message>
        <source>Visitors from %1 to %2</source>
        <translation>Pengunjung dari %1 sampai %2</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak-anak</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>visitors registered</source>
        <translation>pengunjung terdaftar</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n rombongan</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Sedang di dalam</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Visitors registered per hour</source>
        <translation>Pengunjung terdaftar per jam</translation>
    </message>
    <message>
        <source>Visitors registered per day</source>
        <translation>Pengunjung terdaftar per hari</translation>
    </message>
    <message>
        <source>men %1 · women %2 · children %3</source>
        <translation>laki-laki %1 · perempuan %2 · anak-anak %3</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Booked, arrived</source>
        <translation>Pesanan hadir</translation>
    </message>
    <message>
        <source>Booked, expected</source>
        <translation>Pesanan ditunggu</translation>
    </message>
    <message>
        <source>Booked, no-show</source>
        <translation>Pesanan tak hadir</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) today from gates that worked apart from the server (a ticket admitted at two gates, or refused by the server): see Stations.</source>
        <translation>
            <numerusform>%n peringatan hari ini dari pintu yang bekerja terputus dari server (tiket yang masuk di dua pintu, atau ditolak oleh server): lihat Stasiun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::DataPage</name>
    <message>
        <source>Retention and backups</source>
        <translation>Retensi dan cadangan</translation>
    </message>
    <message>
        <source>Retention of personal data</source>
        <translation>Retensi data pribadi</translation>
    </message>
    <message>
        <source>Names and NIKs of visits older than this are removed; every tally stays exactly the same. Run it by hand here or nightly with: besuk-cli retention run</source>
        <translation>Nama dan NIK kunjungan yang lebih lama dari ini dihapus; setiap rekapitulasi tetap sama persis. Jalankan di sini atau setiap malam dengan: besuk-cli retention run</translation>
    </message>
    <message>
        <source>&amp;Keep for (days)</source>
        <translation>&amp;Simpan selama (hari)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>&amp;Anonymise older visits now…</source>
        <translation>&amp;Anonimkan kunjungan lama sekarang…</translation>
    </message>
    <message>
        <source>One person&apos;s data (by NIK)</source>
        <translation>Data satu orang (menurut NIK)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>K&amp;eep the last</source>
        <translation>Si&amp;mpan yang terakhir</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>NIK, 16 digits</source>
        <translation>NIK, 16 angka</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Mohon konfirmasi</translation>
    </message>
    <message>
        <source>Save the person&apos;s data</source>
        <translation>Simpan data orang ini</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>PostgreSQL: back up the server with pg_dump (see docs/deployment.md).</source>
        <translation>PostgreSQL: cadangkan server dengan pg_dump (lihat docs/deployment.md).</translation>
    </message>
    <message numerus="yes">
        <source>Personal data is now kept for %n day(s).</source>
        <translation>
            <numerusform>Data pribadi sekarang disimpan selama %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the names and NIKs of every visit older than %n day(s)? This cannot be undone; the tallies stay the same.</source>
        <translation>
            <numerusform>Hapus nama dan NIK setiap kunjungan yang lebih lama dari %n hari? Ini tidak dapat dibatalkan; rekapitulasi tetap sama.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) anonymised; %1 people&apos;s records removed, %2 kept for their recent visits.</source>
        <translation>
            <numerusform>%n kunjungan dianonimkan; data %1 orang dihapus, %2 disimpan untuk kunjungan terbaru mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Erase the name and NIK of %1 from every visit? Bans on this NIK stay. This cannot be undone.</source>
        <translation>Hapus nama dan NIK %1 dari setiap kunjungan? Larangan berkunjung untuk NIK ini tetap berlaku. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>Erased from %n visit(s).</source>
        <translation>
            <numerusform>Dihapus dari %n kunjungan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Cadangan ditulis dan diperiksa: %1</translation>
    </message>
</context>
<context>
    <name>besuk::DemoNotice</name>
    <message>
        <source>Besuk demo</source>
        <translation>Demo Besuk</translation>
    </message>
    <message>
        <source>The kiosk saves each ticket as a PDF file in this folder. The folder stays when you quit; the demo&apos;s database does not.</source>
        <translation>Kios menyimpan setiap tiket sebagai berkas PDF di folder ini. Folder ini tetap ada saat program ditutup; basis data demo tidak.</translation>
    </message>
    <message>
        <source>&amp;Open the tickets folder</source>
        <translation>&amp;Buka folder tiket</translation>
    </message>
    <message>
        <source>Gate: user &quot;%1&quot;, PIN %3. Staff console: user &quot;%2&quot;, PIN %3. Kiosk admin PIN: %3.</source>
        <translation>Pintu pemeriksaan: pengguna &quot;%1&quot;, PIN %3. Konsol staf: pengguna &quot;%2&quot;, PIN %3. PIN admin kios: %3.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Open it yourself: %1</source>
        <translation>Tidak ada pengelola berkas yang dapat membuka folder ini. Bukalah sendiri: %1</translation>
    </message>
</context>
<context>
    <name>besuk::DisplayWindow</name>
    <message>
        <source>Besuk: now serving</source>
        <translation>Besuk: nomor antrian</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Nomor yang dipanggil</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Panggilan ulang</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Belum ada panggilan</translation>
    </message>
    <message>
        <source>Please wait: numbers are called here, with a chime and an announcement.</source>
        <translation>Silakan menunggu: nomor antrian dipanggil di sini, dengan bunyi bel dan pengumuman.</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Panggilan sebelumnya</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Penitipan barang</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Pintu %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Menunggu: %1</translation>
    </message>
    <message>
        <source>The board may be out of date: %1</source>
        <translation>Papan ini mungkin belum terbaru: %1</translation>
    </message>
</context>
<context>
    <name>besuk::ExportsPage</name>
    <message>
        <source>XLSX files (*.xlsx)</source>
        <translation>Berkas XLSX (*.xlsx)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <source>&amp;XLSX spreadsheet</source>
        <translation>Lembar kerja &amp;XLSX</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pra&amp;tinjau…</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or XLSX, one row per day) or the official day report (PDF, A4) for a date or a range of dates. Every export is recorded in the audit log. For a daily export by cron: besuk-cli export --format pdf --output FILE</source>
        <translation>Lembar kerja (CSV atau XLSX, satu baris per hari) atau laporan harian resmi (PDF, A4) untuk satu tanggal atau rentang tanggal. Setiap ekspor dicatat di log audit. Untuk ekspor harian lewat cron: besuk-cli export --format pdf --output BERKAS</translation>
    </message>
    <message>
        <source>Exports and reports</source>
        <translation>Ekspor dan laporan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF day report</source>
        <translation>Laporan harian &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV spreadsheet</source>
        <translation>Lembar kerja &amp;CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>besuk::FirstAdminScreen</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Buat administrator pertama</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;Ulangi PIN</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Buat administrator</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the PIN again in both fields.</source>
        <translation>Kedua PIN tidak sama. Silakan ketik ulang PIN di kedua kolom.</translation>
    </message>
    <message>
        <source>This facility has no active administrator yet. The administrator made here signs in to the staff console and creates the accounts of staff and guards.</source>
        <translation>Rutan/lapas ini belum memiliki administrator aktif. Administrator yang dibuat di sini masuk ke konsol staf dan membuat akun staf dan petugas jaga.</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>&amp;Kembali ke halaman masuk</translation>
    </message>
</context>
<context>
    <name>besuk::GateDesk</name>
    <message>
        <source>This account may not run a gate.</source>
        <translation>Akun ini tidak berhak menjalankan pos pemeriksaan.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Silakan masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>Scan a ticket first.</source>
        <translation>Silakan pindai tiket terlebih dahulu.</translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now. Scanned tickets are still inspected, admitted and checked out here.</source>
        <translation>Ini memerlukan server, yang sekarang tidak terjangkau. Tiket yang dipindai tetap dapat diperiksa, dimasukkan, dan dikeluarkan di sini.</translation>
    </message>
    <message>
        <source>While the server cannot be reached, scan the group&apos;s ticket (this gate checks it against its copy of today&apos;s tickets).</source>
        <translation>Selama server tidak terjangkau, pindai tiket rombongan (pintu ini memeriksanya dengan salinan tiket hari ini).</translation>
    </message>
</context>
<context>
    <name>besuk::GateWindow</name>
    <message>
        <source>Besuk — Gate</source>
        <translation>Besuk — Pos pemeriksaan</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+L)</source>
        <translation>Keluar akun (Ctrl+L)</translation>
    </message>
    <message>
        <source>There are no staff accounts yet. An administrator creates them with: besuk-cli user add NAME --name &quot;FULL NAME&quot; --role guard</source>
        <translation>Belum ada akun staf. Admin membuatnya dengan: besuk-cli user add NAMA --name &quot;NAMA LENGKAP&quot; --role guard</translation>
    </message>
    <message>
        <source>Finish or cancel this group first (Esc), then scan the next ticket.</source>
        <translation>Selesaikan atau batalkan rombongan ini terlebih dahulu (Esc), lalu pindai tiket berikutnya.</translation>
    </message>
    <message>
        <source>Open a photo of a ticket</source>
        <translation>Buka foto tiket</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This file cannot be opened as an image: %1</source>
        <translation>Berkas ini tidak dapat dibuka sebagai gambar: %1</translation>
    </message>
    <message>
        <source>No QR code was found in this image. Try a sharper photo, or type the queue number.</source>
        <translation>Tidak ada kode QR yang ditemukan di gambar ini. Coba foto yang lebih tajam, atau ketik nomor antrian.</translation>
    </message>
    <message>
        <source>Tick each deposited item as it is handed back.</source>
        <translation>Centang setiap barang titipan saat dikembalikan.</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 dicatat tidak hadir.</translation>
    </message>
    <message>
        <source>%1 called to gate %2.</source>
        <translation>%1 dipanggil ke pintu %2.</translation>
    </message>
    <message>
        <source>Sign in to the gate</source>
        <translation>Masuk ke pos pemeriksaan</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Pintu %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>Server unreachable — offline mode</source>
        <translation>Server tidak terjangkau — mode luring</translation>
    </message>
    <message numerus="yes">
        <source>The server is reachable again: %n entries sent.</source>
        <translation>
            <numerusform>Server terjangkau lagi: %n catatan terkirim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %1. Scanned tickets are checked against this gate&apos;s copy of today&apos;s tickets; inspections, admits and check-outs are kept here (%n waiting) and sent when the server is back.</source>
        <translation>
            <numerusform>Sejak %1. Tiket yang dipindai dicocokkan dengan salinan tiket hari ini di pintu ini; pemeriksaan, izin masuk, dan keluar disimpan di sini (%n menunggu) dan dikirim saat server kembali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::InmateScreen</name>
    <message>
        <source>Whom are you visiting?</source>
        <translation>Siapa yang Anda kunjungi?</translation>
    </message>
    <message>
        <source>Type the inmate&apos;s name or registration number, then choose from the list.</source>
        <translation>Ketik nama atau nomor registrasi warga binaan, lalu pilih dari daftar.</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Nama atau nomor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>tanpa blok</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n letters or digits.</source>
        <translation>
            <numerusform>Ketik paling sedikit %n huruf atau angka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, try part of the name, or ask an officer.</source>
        <translation>Tidak ditemukan. Periksa ejaan, coba sebagian nama, atau tanyakan kepada petugas.</translation>
    </message>
    <message>
        <source>Tap the name of the person you are visiting.</source>
        <translation>Sentuh nama orang yang Anda kunjungi.</translation>
    </message>
</context>
<context>
    <name>besuk::InspectionItemRow</name>
    <message>
        <source>Tag no.</source>
        <translation>No. label</translation>
    </message>
    <message>
        <source>Allowed in</source>
        <translation>Boleh dibawa masuk</translation>
    </message>
    <message>
        <source>Deposited (tag)</source>
        <translation>Dititipkan (label)</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Disita</translation>
    </message>
    <message>
        <source>Returned to visitor</source>
        <translation>Dikembalikan ke pengunjung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Hapus barang ini</translation>
    </message>
</context>
<context>
    <name>besuk::InspectionScreen</name>
    <message>
        <source>Prohibited items (tick each one found)</source>
        <translation>Barang terlarang (centang setiap yang ditemukan)</translation>
    </message>
    <message>
        <source>Items brought</source>
        <translation>Barang bawaan</translation>
    </message>
    <message>
        <source>Food (Alt+1)</source>
        <translation>Makanan (Alt+1)</translation>
    </message>
    <message>
        <source>Clothes (Alt+2)</source>
        <translation>Pakaian (Alt+2)</translation>
    </message>
    <message>
        <source>Documents (Alt+3)</source>
        <translation>Dokumen (Alt+3)</translation>
    </message>
    <message>
        <source>Medicine (Alt+4)</source>
        <translation>Obat (Alt+4)</translation>
    </message>
    <message>
        <source>Money (Alt+5)</source>
        <translation>Uang (Alt+5)</translation>
    </message>
    <message>
        <source>Other… (Alt+6)</source>
        <translation>Lainnya… (Alt+6)</translation>
    </message>
    <message>
        <source>No items yet. Add what the group brings with the buttons above.</source>
        <translation>Belum ada barang. Tambahkan barang bawaan rombongan dengan tombol di atas.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>&amp;Cleared</source>
        <translation>&amp;Lolos</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Ditolak</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Admit (Ctrl+Enter)</source>
        <translation>Izinkan masuk (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Makanan</translation>
    </message>
    <message>
        <source>Clothes</source>
        <translation>Pakaian</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Obat</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
    <message>
        <source>Refuse entry (Ctrl+Enter)</source>
        <translation>Tolak masuk (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Entry inspection — %1</source>
        <translation>Pemeriksaan masuk — %1</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Alasan penolakan</translation>
    </message>
</context>
<context>
    <name>besuk::KioskFlow</name>
    <message>
        <source>Please choose the inmate you are visiting.</source>
        <translation>Silakan pilih warga binaan yang Anda kunjungi.</translation>
    </message>
    <message>
        <source>There is no ticket to print.</source>
        <translation>Tidak ada tiket untuk dicetak.</translation>
    </message>
    <message>
        <source>Please scan your booking or type its code first.</source>
        <translation>Silakan pindai pemesanan Anda atau ketik kodenya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Please scan the ticket of your last visit first.</source>
        <translation>Silakan pindai tiket kunjungan terakhir Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Bookings and earlier tickets need the server, which cannot be reached now. Please register as a new visit, or ask at the registration desk.</source>
        <translation>Pemesanan dan tiket lama memerlukan server, yang saat ini tidak terjangkau. Silakan daftar sebagai kunjungan baru, atau tanyakan di meja pendaftaran.</translation>
    </message>
</context>
<context>
    <name>besuk::KioskWindow</name>
    <message>
        <source>Besuk: visitor registration</source>
        <translation>Besuk: pendaftaran pengunjung</translation>
    </message>
    <message>
        <source>DEMO · admin PIN %1</source>
        <translation>DEMO · PIN admin %1</translation>
    </message>
    <message>
        <source>Voice help</source>
        <translation>Bantuan suara</translation>
    </message>
    <message>
        <source>Voice unavailable</source>
        <translation>Suara tidak tersedia</translation>
    </message>
</context>
<context>
    <name>besuk::KtpScanScreen</name>
    <message>
        <source>The camera is not available. Please type the NIK and the name instead.</source>
        <translation>Kamera tidak tersedia. Silakan ketik NIK dan nama secara manual.</translation>
    </message>
    <message>
        <source>Scan ID card (KTP)</source>
        <translation>Pindai KTP</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Type instead</source>
        <translation>Ketik sendiri</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>(not read: please type your name on the next screen)</source>
        <translation>(belum terbaca: silakan ketik nama Anda di layar berikutnya)</translation>
    </message>
    <message>
        <source>Hold your ID card flat inside the yellow frame, facing the camera, until it is read.</source>
        <translation>Pegang KTP Anda rata di dalam bingkai kuning, menghadap kamera, sampai terbaca.</translation>
    </message>
    <message>
        <source>Reading the card...</source>
        <translation>Sedang membaca kartu...</translation>
    </message>
    <message>
        <source>Correct, add</source>
        <translation>Benar, tambahkan</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Is this what your card says? Tap &quot;Correct, add&quot; to add this person, or type it yourself.</source>
        <translation>Apakah ini sesuai dengan kartu Anda? Ketuk &quot;Benar, tambahkan&quot; untuk menambahkan orang ini, atau ketik sendiri.</translation>
    </message>
    <message>
        <source>In the group: %1. Hold the next adult&apos;s ID card inside the yellow frame, or tap Next.</source>
        <translation>Dalam rombongan: %1. Tempelkan KTP orang dewasa berikutnya di dalam bingkai kuning, atau ketuk Lanjut.</translation>
    </message>
</context>
<context>
    <name>besuk::LengthLimit</name>
    <message numerus="yes">
        <source>This field is full: at most %n characters.</source>
        <translation>
            <numerusform>Kolom ini sudah penuh: paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long to paste here: at most %n characters. Nothing was pasted.</source>
        <translation>
            <numerusform>Terlalu panjang untuk ditempel di sini: paling banyak %n karakter. Tidak ada yang ditempel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Hapus</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Hapus angka terakhir</translation>
    </message>
</context>
<context>
    <name>besuk::OfflineBar</name>
    <message>
        <source>Server unreachable — offline mode</source>
        <translation>Server tidak terjangkau — mode luring</translation>
    </message>
    <message numerus="yes">
        <source>Registration goes on at this kiosk (%n queue number(s) left). Bookings and earlier tickets need the server.</source>
        <translation>
            <numerusform>Pendaftaran tetap berjalan di kios ini (sisa %n nomor antrean). Pemesanan dan tiket lama memerlukan server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is reachable again: %n registration(s) sent.</source>
        <translation>
            <numerusform>Server terjangkau kembali: %n pendaftaran terkirim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>besuk::OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Hapus</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Hapus huruf terakhir</translation>
    </message>
</context>
<context>
    <name>besuk::RepeatVisitScreen</name>
    <message>
        <source>a woman</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>a child with a NIK</source>
        <translation>anak dengan NIK</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>laki-laki</translation>
    </message>
    <message numerus="yes">
        <source>No more children fit in this group: at most %n people, children included.</source>
        <translation>
            <numerusform>Tidak ada tempat lagi untuk anak dalam rombongan ini: paling banyak %n orang, termasuk anak-anak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit again</source>
        <translation>Kunjungan ulang</translation>
    </message>
    <message>
        <source>Your last visit, on %1. Check the details, set today&apos;s children, then confirm.</source>
        <translation>Kunjungan terakhir Anda, pada %1. Periksa datanya, atur jumlah anak hari ini, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>Hold the QR code of your last ticket to the scanner. A booking&apos;s QR code works too.</source>
        <translation>Dekatkan kode QR tiket terakhir Anda ke pemindai. Kode QR pemesanan juga bisa.</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Yang dikunjungi</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Children without a NIK</source>
        <translation>Anak tanpa NIK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Confirm and get my number</source>
        <translation>Konfirmasi dan ambil nomor</translation>
    </message>
    <message>
        <source>One child fewer</source>
        <translation>Kurangi satu anak</translation>
    </message>
    <message>
        <source>One child more</source>
        <translation>Tambah satu anak</translation>
    </message>
    <message>
        <source>%1. Another visitor from that ticket (%2)</source>
        <translation>%1. Pengunjung lain dari tiket itu (%2)</translation>
    </message>
</context>
<context>
    <name>besuk::ReviewScreen</name>
    <message>
        <source>Please check</source>
        <translation>Silakan periksa kembali</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Children without NIK</source>
        <translation>Anak tanpa NIK</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Rombongan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Confirm and get the ticket</source>
        <translation>Konfirmasi dan ambil tiket</translation>
    </message>
    <message numerus="yes">
        <source>%n man/men</source>
        <translation>
            <numerusform>%n laki-laki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n woman/women</source>
        <translation>
            <numerusform>%n perempuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n anak-anak</numerusform>
        </translation>
    </message>
    <message>
        <source>Item drop-off (queue B)</source>
        <translation>Penitipan barang (antrian B)</translation>
    </message>
    <message>
        <source>Face-to-face visit (queue A)</source>
        <translation>Kunjungan tatap muka (antrian A)</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>tanpa blok</translation>
    </message>
    <message numerus="yes">
        <source>No more children fit in this group: at most %n people, children included.</source>
        <translation>
            <numerusform>Tidak bisa menambah anak lagi: satu rombongan paling banyak %n orang, termasuk anak-anak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under %1, without their own NIK. Children with a NIK are counted with the adults.</source>
        <translation>Anak di bawah %1 tahun tanpa NIK sendiri. Anak yang punya NIK sudah dihitung bersama orang dewasa.</translation>
    </message>
    <message>
        <source>One child fewer</source>
        <translation>Kurangi satu anak</translation>
    </message>
    <message>
        <source>One child more</source>
        <translation>Tambah satu anak</translation>
    </message>
</context>
<context>
    <name>besuk::RoomBoard</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longer than the visit time limit of %n minute(s)</source>
        <translation>
            <numerusform>Melebihi batas waktu kunjungan %n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visiting room: %n group(s) inside</source>
        <translation>
            <numerusform>Ruang kunjungan: %n rombongan di dalam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n melebihi waktu</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Admitted at</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Time inside</source>
        <translation>Lama</translation>
    </message>
</context>
<context>
    <name>besuk::RosterPage</name>
    <message>
        <source>Roster</source>
        <translation>Daftar WBP</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nomor</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ama</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blok</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>A&amp;dd to roster</source>
        <translation>&amp;Tambah ke daftar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Deactivate (released / transferred)</source>
        <translation>Nonaktifkan (bebas / pindah)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Tutup laporan</translation>
    </message>
    <message>
        <source>Import the roster from a CSV file</source>
        <translation>Impor daftar WBP dari berkas CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>New inmate</source>
        <translation>Warga binaan baru</translation>
    </message>
    <message>
        <source>Choose an inmate in the list to correct or deactivate them.</source>
        <translation>Pilih warga binaan di daftar untuk memperbaiki datanya atau menonaktifkannya.</translation>
    </message>
    <message>
        <source>Inmate %1</source>
        <translation>Warga binaan %1</translation>
    </message>
    <message>
        <source>On the roster: visitors can register for this inmate.</source>
        <translation>Ada di daftar WBP: pengunjung dapat mendaftar untuk mengunjungi warga binaan ini.</translation>
    </message>
    <message>
        <source>Inactive (released or transferred): no new visits; past visits stay in the history.</source>
        <translation>Nonaktif (bebas atau pindah): tidak ada kunjungan baru; kunjungan sebelumnya tetap tersimpan di riwayat.</translation>
    </message>
    <message>
        <source>%1 (%2) was added to the roster.</source>
        <translation>%1 (%2) ditambahkan ke daftar WBP.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>Perubahan data %1 sudah disimpan.</translation>
    </message>
    <message>
        <source>%1 (%2) is on the roster again.</source>
        <translation>%1 (%2) aktif kembali di daftar WBP.</translation>
    </message>
    <message>
        <source>%1 (%2) was deactivated. Their past visits stay in the history.</source>
        <translation>%1 (%2) sudah dinonaktifkan. Kunjungan sebelumnya tetap tersimpan di riwayat.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Import from %1: %2 added, %3 updated, %4 rejected.</source>
        <translation>Impor dari %1: %2 ditambahkan, %3 diperbarui, %4 ditolak.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Search: number or name</source>
        <translation>Cari: nomor atau nama</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>besuk::RulesPage</name>
    <message>
        <source>Visiting rules</source>
        <translation>Aturan kunjungan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <source>Visiting days and hours</source>
        <translation>Hari dan jam kunjungan</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Closes</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Groups and limits</source>
        <translation>Rombongan dan batas</translation>
    </message>
    <message>
        <source>Largest &amp;group (people, children included)</source>
        <translation>Maksimal orang per &amp;rombongan (termasuk anak-anak)</translation>
    </message>
    <message>
        <source>Most &amp;adults in a group</source>
        <translation>Maksimal orang &amp;dewasa per rombongan</translation>
    </message>
    <message>
        <source>&amp;Visits per inmate per week</source>
        <translation>&amp;Kunjungan per warga binaan per minggu</translation>
    </message>
    <message>
        <source>Visitors per &amp;day (whole facility)</source>
        <translation>Pengunjung per &amp;hari (seluruh rutan/lapas)</translation>
    </message>
    <message>
        <source>Adult from a&amp;ge</source>
        <translation>Dewasa mulai &amp;usia</translation>
    </message>
    <message>
        <source>Visit &amp;length (minutes)</source>
        <translation>&amp;Lama kunjungan (menit)</translation>
    </message>
    <message>
        <source>Admit only after a &amp;cleared entry inspection</source>
        <translation>Izinkan masuk hanya setelah &amp;pemeriksaan masuk lolos</translation>
    </message>
    <message>
        <source>Prohibited items (checked at the gate)</source>
        <translation>Barang terlarang (diperiksa di pintu)</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>T&amp;ambah barang</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>Hapus bara&amp;ng</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>No sessions: one from opening to closing, without a limit.</source>
        <translation>Tanpa sesi: satu sesi dari jam buka sampai jam tutup, tanpa batas.</translation>
    </message>
    <message>
        <source>Add s&amp;ession</source>
        <translation>Tambah s&amp;esi</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <source>Visiting days per block</source>
        <translation>Hari kunjungan per blok</translation>
    </message>
    <message>
        <source>Days as numbers, 1 = Monday … 7 = Sunday, e.g. 1,3,5. Other blocks visit on the visiting days.</source>
        <translation>Hari ditulis sebagai angka, 1 = Senin … 7 = Minggu, mis. 1,3,5. Blok lain berkunjung pada hari kunjungan umum.</translation>
    </message>
    <message>
        <source>Add bloc&amp;k</source>
        <translation>Tambah bl&amp;ok</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Hapus blok</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>The form shows the saved rules again.</source>
        <translation>Formulir kembali menampilkan aturan yang tersimpan.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 sudah ada di daftar.</translation>
    </message>
    <message>
        <source>Each row of visiting days per block needs the block&apos;s name.</source>
        <translation>Setiap baris hari kunjungan per blok perlu nama blok.</translation>
    </message>
    <message>
        <source>The rules were saved. They apply to registrations from now on.</source>
        <translation>Aturan sudah disimpan dan berlaku untuk pendaftaran mulai sekarang.</translation>
    </message>
    <message>
        <source>New item, e.g. Kamera</source>
        <translation>Barang baru, mis. Kamera</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Visiting days</source>
        <translation>Hari kunjungan</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 tercantum dua kali.</translation>
    </message>
    <message>
        <source>Write the visiting days of %1 as numbers, 1 (Monday) to 7 (Sunday), for example 1,3,5.</source>
        <translation>Tulis hari kunjungan %1 sebagai angka, 1 (Senin) sampai 7 (Minggu), misalnya 1,3,5.</translation>
    </message>
</context>
<context>
    <name>besuk::ScanScreen</name>
    <message>
        <source>Scan a ticket</source>
        <translation>Pindai tiket</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code under the scanner or in front of the camera. If it will not read, type the queue number.</source>
        <translation>Letakkan kode QR tiket di bawah pemindai atau di depan kamera. Jika tidak terbaca, ketik nomor antrian.</translation>
    </message>
    <message>
        <source>&amp;Queue number (F2)</source>
        <translation>&amp;Nomor antrian (F2)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Today&apos;s tickets (F3)</source>
        <translation>Tiket hari ini (F3)</translation>
    </message>
    <message>
        <source>Open image (F4)</source>
        <translation>Buka gambar (F4)</translation>
    </message>
    <message>
        <source>Camera (F9)</source>
        <translation>Kamera (F9)</translation>
    </message>
</context>
<context>
    <name>besuk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Facility (every station)</source>
        <translation>Rutan/lapas (semua stasiun)</translation>
    </message>
    <message>
        <source>Facility &amp;name</source>
        <translation>&amp;Nama rutan/lapas</translation>
    </message>
    <message>
        <source>Save the na&amp;me</source>
        <translation>S&amp;impan nama</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>The time zone is fixed at set-up: every ticket&apos;s date depends on it.</source>
        <translation>Zona waktu ditetapkan saat pemasangan awal: tanggal setiap tiket bergantung padanya.</translation>
    </message>
    <message>
        <source>This station (this computer)</source>
        <translation>Stasiun ini (komputer ini)</translation>
    </message>
    <message>
        <source>Kept on this computer. The kiosk, gate and display read them at start-up: restart the station to apply a change.</source>
        <translation>Disimpan di komputer ini. Kios, pintu pemeriksaan, dan layar membacanya saat dinyalakan: mulai ulang stasiun untuk menerapkan perubahan.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kios</translation>
    </message>
    <message>
        <source>&amp;Wipe an idle form after (seconds)</source>
        <translation>&amp;Hapus formulir yang didiamkan setelah (detik)</translation>
    </message>
    <message>
        <source>Show the &amp;ticket for (seconds)</source>
        <translation>&amp;Tiket ditampilkan selama (detik)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Pintu pemeriksaan</translation>
    </message>
    <message>
        <source>&amp;Gate name</source>
        <translation>Nama &amp;pintu</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>Ka&amp;mera</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>Play a s&amp;ound for each verdict</source>
        <translation>Bunyikan s&amp;uara untuk setiap putusan</translation>
    </message>
    <message>
        <source>Ticket printer (kiosk)</source>
        <translation>Printer tiket (kios)</translation>
    </message>
    <message>
        <source>&amp;Print to</source>
        <translation>&amp;Cetak ke</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>K&amp;ertas</translation>
    </message>
    <message>
        <source>PDF &amp;folder</source>
        <translation>&amp;Folder PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Dev&amp;ice or address</source>
        <translation>Perangkat atau &amp;alamat</translation>
    </message>
    <message>
        <source>ESC/POS printer: escpos:/dev/usb/lp0 (USB) or escpos-tcp://192.168.1.50:9100 (network)</source>
        <translation>Printer ESC/POS: escpos:/dev/usb/lp0 (USB) atau escpos-tcp://192.168.1.50:9100 (jaringan)</translation>
    </message>
    <message>
        <source>Dots per line</source>
        <translation>Titik per baris</translation>
    </message>
    <message>
        <source>58 mm paper: 384 dots, 80 mm: 576</source>
        <translation>Kertas 58 mm: 384 titik, 80 mm: 576</translation>
    </message>
    <message>
        <source>Printer draws the &amp;QR code</source>
        <translation>Printer menggambar kode &amp;QR</translation>
    </message>
    <message>
        <source>Only for models that print QR codes themselves (GS ( k)</source>
        <translation>Hanya untuk model yang mencetak kode QR sendiri (GS ( k)</translation>
    </message>
    <message>
        <source>Check the printer&apos;s status</source>
        <translation>Periksa status printer</translation>
    </message>
    <message>
        <source>After each ticket the printer must answer within 2 s; turn off for printers that never answer</source>
        <translation>Setelah setiap tiket printer harus menjawab dalam 2 detik; matikan untuk printer yang tidak pernah menjawab</translation>
    </message>
    <message>
        <source>Lobby display</source>
        <translation>Layar ruang tunggu</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Bahasa la&amp;yar</translation>
    </message>
    <message>
        <source>Calls are spo&amp;ken in</source>
        <translation>Panggilan &amp;diucapkan dalam</translation>
    </message>
    <message>
        <source>Earlier calls liste&amp;d</source>
        <translation>&amp;Jumlah panggilan sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Batal&amp;kan perubahan</translation>
    </message>
    <message>
        <source>The folder for PDF tickets</source>
        <translation>Folder untuk tiket PDF</translation>
    </message>
    <message>
        <source>The facility is now called %1.</source>
        <translation>Nama rutan/lapas sekarang %1.</translation>
    </message>
    <message>
        <source>The ESC/POS printer needs escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.</source>
        <translation>Printer ESC/POS memerlukan escpos:/dev/usb/lp0 atau escpos-tcp://HOST:9100.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 cannot be written.</source>
        <translation>Pengaturan tidak dapat disimpan: %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is damaged.</source>
        <translation>Pengaturan tidak dapat disimpan: %1 rusak.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk, gate or display on this computer to apply the settings.</source>
        <translation>Tersimpan. Mulai ulang kios, pintu pemeriksaan, atau layar di komputer ini untuk menerapkan pengaturan.</translation>
    </message>
    <message>
        <source>The form shows the saved settings of this station again.</source>
        <translation>Formulir kembali menampilkan pengaturan stasiun ini yang tersimpan.</translation>
    </message>
    <message>
        <source>A printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>Berkas PDF di sebuah folder</translation>
    </message>
    <message>
        <source>An ESC/POS thermal printer (no driver)</source>
        <translation>Printer termal ESC/POS (tanpa driver)</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>Gulungan 58 mm</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Gulungan 80 mm</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Indonesian, then English</source>
        <translation>Bahasa Indonesia, lalu Bahasa Inggris</translation>
    </message>
    <message>
        <source>English, then Indonesian</source>
        <translation>Bahasa Inggris, lalu Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Not spoken</source>
        <translation>Tidak diucapkan</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>Printer bawaan</translation>
    </message>
    <message>
        <source>The default camera</source>
        <translation>Kamera bawaan</translation>
    </message>
    <message>
        <source>From the paper</source>
        <translation>Sesuai kertas</translation>
    </message>
    <message>
        <source>Count &amp;down before the wipe (seconds)</source>
        <translation>Hitung &amp;mundur sebelum dihapus (detik)</translation>
    </message>
    <message>
        <source>Offer &amp;voice help</source>
        <translation>Tawar&amp;kan bantuan suara</translation>
    </message>
    <message>
        <source>NIK region ke&amp;y (4 or 6 digits, empty for none)</source>
        <translation>Tombol wila&amp;yah NIK (4 atau 6 angka, kosongkan jika tidak perlu)</translation>
    </message>
    <message>
        <source>e.g. 6471</source>
        <translation>mis. 6471</translation>
    </message>
    <message>
        <source>The NIK region key needs 4 digits (province and regency, e.g. 6471) or 6 (with the district), or nothing for no key.</source>
        <translation>Tombol wilayah NIK perlu 4 angka (provinsi dan kabupaten/kota, mis. 6471) atau 6 angka (dengan kecamatan), atau dikosongkan jika tidak perlu.</translation>
    </message>
</context>
<context>
    <name>besuk::SignInScreen</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>besuk::StaffWindow</name>
    <message>
        <source>This account may not use the staff console. Guards work at the gate station.</source>
        <translation>Akun ini tidak berhak memakai konsol staf. Petugas jaga bekerja di pos pemeriksaan.</translation>
    </message>
    <message>
        <source>Besuk — Staff</source>
        <translation>Besuk — Staf</translation>
    </message>
    <message>
        <source>Sign in to the staff console</source>
        <translation>Masuk ke konsol staf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+L)</source>
        <translation>Keluar akun (Ctrl+L)</translation>
    </message>
    <message>
        <source>No active administrator exists yet. An administrator manages the accounts, rules and settings: create the first one below.</source>
        <translation>Belum ada administrator aktif. Administrator mengelola akun, aturan, dan pengaturan: buat yang pertama di bawah ini.</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Buat administrator pertama</translation>
    </message>
</context>
<context>
    <name>besuk::StationsPage</name>
    <message>
        <source>Stations</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Pintu %1</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Terjangkau</translation>
    </message>
    <message>
        <source>Not heard from since %1</source>
        <translation>Tidak ada kabar sejak %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message numerus="yes">
        <source>%n entries at %1</source>
        <translation>
            <numerusform>%n catatan pukul %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted at two gates</source>
        <translation>Masuk di dua pintu</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Ditolak oleh server</translation>
    </message>
    <message>
        <source>a gate online</source>
        <translation>pintu yang terhubung</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Last time apart</source>
        <translation>Terakhir terputus</translation>
    </message>
    <message>
        <source>Sent on return</source>
        <translation>Terkirim saat kembali</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Today&apos;s alerts from stations that were apart from the server</source>
        <translation>Peringatan hari ini dari stasiun yang sempat terputus dari server</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Kedua</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kios %1</translation>
    </message>
    <message>
        <source>Registered apart, breaks a rule</source>
        <translation>Didaftarkan saat terputus, melanggar aturan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Gates and kiosks that work on when the server cannot be reached, and send what they did on their return.</source>
        <translation>Pintu dan kios yang tetap bekerja saat server tidak terjangkau, lalu mengirim apa yang dikerjakan saat terhubung kembali.</translation>
    </message>
</context>
<context>
    <name>besuk::StillHereOverlay</name>
    <message>
        <source>Still here?</source>
        <translation>Masih di sini?</translation>
    </message>
    <message numerus="yes">
        <source>This form will be cleared in %n second(s). Touch the screen to carry on.</source>
        <translation>
            <numerusform>Formulir ini akan dikosongkan dalam %n detik. Sentuh layar untuk melanjutkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, carry on</source>
        <translation>Ya, lanjutkan</translation>
    </message>
</context>
<context>
    <name>besuk::TicketListDialog</name>
    <message>
        <source>Today&apos;s tickets</source>
        <translation>Tiket hari ini</translation>
    </message>
    <message>
        <source>Type a number, an inmate&apos;s or a visitor&apos;s name; Enter takes the highlighted ticket.</source>
        <translation>Ketik nomor, nama warga binaan, atau nama pengunjung; Enter memilih tiket yang disorot.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Saring</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Use this ticket</source>
        <translation>Pakai tiket ini</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>di dalam</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sudah keluar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>besuk::TicketScreen</name>
    <message>
        <source>Your queue number</source>
        <translation>Nomor antrian Anda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Rombongan</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Pengunjung utama</translation>
    </message>
    <message>
        <source>Show this code to the officer at the gate.</source>
        <translation>Tunjukkan kode ini kepada petugas di pintu pemeriksaan.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>QR code of the ticket</source>
        <translation>Kode QR tiket</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s).</source>
        <translation>
            <numerusform>Kembali ke awal dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>none (item drop-off)</source>
        <translation>tidak ada (penitipan barang)</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Tiket Anda sedang dicetak…</translation>
    </message>
    <message>
        <source>Your ticket has been printed. Please take it and wait until your number is called.</source>
        <translation>Tiket Anda sudah dicetak. Silakan ambil tiket dan tunggu sampai nomor Anda dipanggil.</translation>
    </message>
    <message>
        <source>Your ticket on this screen is still valid.</source>
        <translation>Tiket Anda di layar ini tetap berlaku.</translation>
    </message>
</context>
<context>
    <name>besuk::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Pengguna terpilih</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Pe&amp;ran</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Ubah peran</translation>
    </message>
    <message>
        <source>New P&amp;IN</source>
        <translation>PIN b&amp;aru</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation>Uba&amp;h PIN</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>P&amp;eran</translation>
    </message>
    <message>
        <source>PI&amp;N</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>Ulan&amp;gi PIN</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Buat pengguna</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Petugas jaga</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Choose a user in the list to change their PIN or role, or to disable their account.</source>
        <translation>Pilih pengguna di daftar untuk mengubah PIN atau perannya, atau untuk menonaktifkan akunnya.</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>Nonaktifkan a&amp;kun</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Pengguna %1</translation>
    </message>
    <message>
        <source>%1, %2. Signs in with their user name and PIN.</source>
        <translation>%1, %2. Masuk dengan nama pengguna dan PIN-nya.</translation>
    </message>
    <message>
        <source>%1, %2. Disabled: cannot sign in.</source>
        <translation>%1, %2. Nonaktif: tidak dapat masuk.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Aktifkan a&amp;kun</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the PIN again in both fields.</source>
        <translation>Kedua PIN tidak sama. Silakan ketik ulang PIN di kedua kolom.</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 (%3).</source>
        <translation>%1 sekarang dapat masuk sebagai %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Peran %1 sekarang %2.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>PIN milik %1 sudah diubah.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: it cannot sign in.</source>
        <translation>Akun %1 dinonaktifkan: akun ini tidak dapat dipakai untuk masuk.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>Akun %1 diaktifkan kembali.</translation>
    </message>
    <message>
        <source>a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>a-z, 0-9, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;</translation>
    </message>
    <message>
        <source>4 or more digits</source>
        <translation>4 angka atau lebih</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
</context>
<context>
    <name>besuk::VerdictScreen</name>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak-anak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Dihitung sebagai</translation>
    </message>
    <message>
        <source>Next ticket (Esc)</source>
        <translation>Tiket berikutnya (Esc)</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>SAH</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>MASUK</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>KELUAR</translation>
    </message>
    <message>
        <source>ALREADY LEFT</source>
        <translation>SUDAH KELUAR</translation>
    </message>
    <message>
        <source>ALREADY ADMITTED</source>
        <translation>SUDAH MASUK</translation>
    </message>
    <message>
        <source>NOT INSPECTED YET</source>
        <translation>BELUM DIPERIKSA</translation>
    </message>
    <message>
        <source>NOT ADMITTED</source>
        <translation>BELUM MASUK</translation>
    </message>
    <message>
        <source>WRONG DAY</source>
        <translation>BUKAN HARINYA</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>DIBATALKAN</translation>
    </message>
    <message>
        <source>ENTRY REFUSED</source>
        <translation>MASUK DITOLAK</translation>
    </message>
    <message>
        <source>REFUSED EARLIER</source>
        <translation>SUDAH DITOLAK</translation>
    </message>
    <message>
        <source>BANNED</source>
        <translation>DILARANG BERKUNJUNG</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>TIKET TIDAK DIKENAL</translation>
    </message>
    <message>
        <source>NOT A VALID TICKET</source>
        <translation>TIKET TIDAK SAH</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (sampai %1)</translation>
    </message>
    <message>
        <source>Banned: NIK %1 — %2%3</source>
        <translation>Dilarang berkunjung: NIK %1 — %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n person(s)</source>
        <translation>
            <numerusform>%1 — %2, %n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>man</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>child</source>
        <translation>anak</translation>
    </message>
    <message>
        <source>Inspect belongings (Enter)</source>
        <translation>Periksa barang bawaan (Enter)</translation>
    </message>
    <message>
        <source>Check out (Enter)</source>
        <translation>Catat keluar (Enter)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>%1 (code %2) — came early</source>
        <translation>%1 (kode %2) — datang lebih awal</translation>
    </message>
    <message>
        <source>%1 (code %2) — came late</source>
        <translation>%1 (kode %2) — datang terlambat</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (kode %2)</translation>
    </message>
    <message>
        <source>VALID — EARLY</source>
        <translation>SAH — LEBIH AWAL</translation>
    </message>
    <message>
        <source>VALID — LATE</source>
        <translation>SAH — TERLAMBAT</translation>
    </message>
    <message>
        <source>BOOKING REFUSED</source>
        <translation>PEMESANAN DITOLAK</translation>
    </message>
</context>
<context>
    <name>besuk::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Reprint ticket…</source>
        <translation>Cetak ulang tiket…</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>Batalkan tiket…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>di dalam</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sudah keluar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>allowed in</source>
        <translation>boleh dibawa masuk</translation>
    </message>
    <message>
        <source>deposited</source>
        <translation>dititipkan</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>disita</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dikembalikan</translation>
    </message>
    <message>
        <source>Cancel ticket %1</source>
        <translation>Batalkan tiket %1</translation>
    </message>
    <message>
        <source>Why is this ticket cancelled? (recorded in the audit log)</source>
        <translation>Mengapa tiket ini dibatalkan? (dicatat di log audit)</translation>
    </message>
    <message>
        <source>Save the ticket as PDF</source>
        <translation>Simpan tiket sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a ticket to see its group and inspections.</source>
        <translation>Pilih tiket untuk melihat rombongan dan pemeriksaannya.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4</source>
        <translation>%1 — %2 (%3), %4</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) without NIK</source>
        <translation>
            <numerusform>%n anak tanpa NIK</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>%1 inspection at %2 by %3: %4</source>
        <translation>Pemeriksaan %1 pukul %2 oleh %3: %4</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>tidak ada barang</translation>
    </message>
    <message>
        <source>Search: number, inmate or visitor</source>
        <translation>Cari: nomor, warga binaan, atau pengunjung</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Semua tiket</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>Inmate</source>
        <translation>Warga binaan</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Pengunjung utama</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>besuk::WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Please choose what you have come for.</source>
        <translation>Silakan pilih keperluan Anda.</translation>
    </message>
    <message>
        <source>Face-to-face visit</source>
        <translation>Kunjungan tatap muka</translation>
    </message>
    <message>
        <source>Item drop-off</source>
        <translation>Penitipan barang</translation>
    </message>
    <message>
        <source>Meet the inmate in the visiting room. Queue A.</source>
        <translation>Bertemu warga binaan di ruang kunjungan. Antrian A.</translation>
    </message>
    <message>
        <source>Leave food, clothes or other items for the inmate. Queue B.</source>
        <translation>Menitipkan makanan, pakaian, atau barang lain untuk warga binaan. Antrian B.</translation>
    </message>
    <message>
        <source>Have your ID card (KTP) ready. Your details are used only for this visit.</source>
        <translation>Siapkan KTP Anda. Data Anda hanya dipakai untuk kunjungan ini.</translation>
    </message>
    <message>
        <source>I booked online</source>
        <translation>Saya sudah pesan online</translation>
    </message>
    <message>
        <source>Visit again</source>
        <translation>Kunjungan ulang</translation>
    </message>
    <message>
        <source>Booked online, or here before? Hold your booking&apos;s QR code or your last ticket to the scanner.</source>
        <translation>Sudah memesan daring, atau pernah berkunjung? Dekatkan kode QR pemesanan atau tiket terakhir Anda ke pemindai.</translation>
    </message>
</context>
</TS>
