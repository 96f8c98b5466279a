// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/GateSettings.h"
#include "ui/common/KioskSettings.h"
#include "ui/staff/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// Chooses the item whose data is `key`, as a person picking it from the list would.
void choose(QWidget *page, const QString &combo, const QString &key) {
    auto *box = child<QComboBox>(page, combo);
    const int index = box->findData(key);
    INFO("combo " << combo.toStdString() << " item " << key.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QString chosen(QWidget *page, const QString &combo) {
    return child<QComboBox>(page, combo)->currentData().toString();
}

bool sees(StaffWindow &window, StaffPage *wanted) {
    return window.allowedPages().contains(wanted);
}

} // namespace

TEST_CASE("Settings: only admins see the page, and it renames the facility", "[gui][staff][settings]") {
    StaffFixture f;
    StaffWindow &window = f.open();
    SettingsPage *page = nullptr;
    for (StaffPage *candidate : window.pages())
        if (auto *settings = qobject_cast<SettingsPage *>(candidate))
            page = settings;
    REQUIRE(page != nullptr);

    f.signIn(StaffLogin);
    REQUIRE(window.user().has_value());
    CHECK_FALSE(sees(window, page));
    CHECK_FALSE(window.openPage(page));
    window.signOut();

    f.signIn(AdminLogin);
    REQUIRE(window.user().has_value());
    CHECK(sees(window, page));
    f.openPage<SettingsPage>();
    CHECK(page->title() == u"Settings"_s);
    CHECK(child<QLineEdit>(page, u"nameLineEdit"_s)->text() == u"Rutan Uji"_s);
    CHECK(child<QLabel>(page, u"timeZoneValueLabel"_s)->text() == u"Asia/Makassar"_s);
    CHECK(child<QLabel>(page, u"timeZoneHintLabel"_s)->text().contains(u"fixed at set-up"_s));

    auto *name = child<QLineEdit>(page, u"nameLineEdit"_s);
    name->setText(u"  Rutan Kelas IIB Balikpapan "_s);
    click(page, u"saveNamePushButton"_s);
    CHECK(f.facility->profile().name == u"Rutan Kelas IIB Balikpapan"_s);
    CHECK(f.facility->profile().timeZoneId == u"Asia/Makassar"_s);
    CHECK(f.auditCount(u"facility.rename"_s) == 1);
    CHECK(f.db.rows(u"SELECT actor, subject, detail FROM audit_log WHERE action = 'facility.rename'"_s) ==
          QStringList{u"admin|Rutan Kelas IIB Balikpapan|Rutan Uji"_s});
    CHECK(name->text() == u"Rutan Kelas IIB Balikpapan"_s);
    CHECK(f.text(u"facilityLabel"_s) == u"Rutan Kelas IIB Balikpapan"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    CHECK(message->isVisible());
    CHECK(message->property("role").toString() == u"ok"_s);

    // An empty name is refused: a message, and nothing changes.
    const Snapshot before = f.db.snapshot();
    name->clear();
    click(page, u"saveNamePushButton"_s);
    CHECK(message->isVisible());
    CHECK(message->property("role").toString() == u"error"_s);
    CHECK(message->text() == u"Please give the facility a name."_s);
    CHECK(f.facility->profile().name == u"Rutan Kelas IIB Balikpapan"_s);
    CHECK(f.auditCount(u"facility.rename"_s) == 1);
    CHECK(f.db.snapshot() == before);
}

TEST_CASE("Settings: this station's settings are saved under the keys the stations read, and reverted",
          "[gui][staff][settings]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"besuk.conf"_s);
    QSettings ini(path, QSettings::IniFormat);
    StaffFixture f;
    f.open();
    f.signIn(AdminLogin);
    auto *page = f.openPage<SettingsPage>();
    page->setStationSettings(&ini);

    // Nothing stored yet: the stations' own defaults.
    CHECK(child<QSpinBox>(page, u"idleSpinBox"_s)->value() == 60);
    CHECK(child<QSpinBox>(page, u"ticketSpinBox"_s)->value() == 20);
    CHECK(chosen(page, u"kioskLanguageComboBox"_s) == u"id"_s);
    CHECK(child<QSpinBox>(page, u"idleWarningSpinBox"_s)->value() * 1000 == KioskSettings::load(ini).idleWarningMs);
    CHECK(child<QCheckBox>(page, u"voiceHelpCheckBox"_s)->isChecked() == KioskSettings::load(ini).voiceHelp);
    CHECK(child<QLineEdit>(page, u"nikRegionLineEdit"_s)->text() == KioskSettings::load(ini).nikRegionPrefix);
    CHECK(child<QLineEdit>(page, u"nikRegionLineEdit"_s)->text().isEmpty());
    CHECK(chosen(page, u"printerKindComboBox"_s) == u"system"_s);
    CHECK(child<QComboBox>(page, u"printerNameComboBox"_s)->currentText().isEmpty());
    CHECK(chosen(page, u"paperComboBox"_s) == u"58mm"_s);
    CHECK(child<QLineEdit>(page, u"pdfFolderLineEdit"_s)->text() == KioskSettings::load(ini).pdfFolder);
    CHECK(child<QLineEdit>(page, u"gateNameLineEdit"_s)->text() == u"1"_s);
    CHECK(child<QComboBox>(page, u"cameraComboBox"_s)->currentText().isEmpty());
    CHECK(chosen(page, u"gateLanguageComboBox"_s) == u"id"_s);
    CHECK(child<QCheckBox>(page, u"soundsCheckBox"_s)->isChecked());
    CHECK(chosen(page, u"displayLanguageComboBox"_s) == u"id"_s);
    CHECK(chosen(page, u"speechComboBox"_s) == u"id"_s);
    CHECK(child<QSpinBox>(page, u"recentSpinBox"_s)->value() == DisplaySettings::DefaultRecent);
    f.shoot(u"settings"_s);

    const QString tickets = dir.filePath(u"tiket"_s);
    child<QSpinBox>(page, u"idleSpinBox"_s)->setValue(90);
    child<QSpinBox>(page, u"ticketSpinBox"_s)->setValue(30);
    choose(page, u"kioskLanguageComboBox"_s, u"en"_s);
    child<QSpinBox>(page, u"idleWarningSpinBox"_s)->setValue(15);
    child<QCheckBox>(page, u"voiceHelpCheckBox"_s)->setChecked(false);
    child<QLineEdit>(page, u"nikRegionLineEdit"_s)->setText(u"6471"_s);
    choose(page, u"printerKindComboBox"_s, u"pdf"_s);
    CHECK(child<QLineEdit>(page, u"pdfFolderLineEdit"_s)->isEnabled());
    CHECK_FALSE(child<QComboBox>(page, u"printerNameComboBox"_s)->isEnabled());
    child<QComboBox>(page, u"printerNameComboBox"_s)->setCurrentText(u"Kasir-58"_s);
    choose(page, u"paperComboBox"_s, u"80mm"_s);
    child<QLineEdit>(page, u"pdfFolderLineEdit"_s)->setText(tickets);
    child<QLineEdit>(page, u"gateNameLineEdit"_s)->setText(u" 2 "_s);
    child<QComboBox>(page, u"cameraComboBox"_s)->setCurrentText(u"USB Camera"_s);
    choose(page, u"gateLanguageComboBox"_s, u"en"_s);
    child<QCheckBox>(page, u"soundsCheckBox"_s)->setChecked(false);
    choose(page, u"displayLanguageComboBox"_s, u"en"_s);
    choose(page, u"speechComboBox"_s, u"id+en"_s);
    child<QSpinBox>(page, u"recentSpinBox"_s)->setValue(8);
    click(page, u"savePushButton"_s);
    CHECK(child<QLabel>(page, u"messageLabel"_s)->property("role").toString() == u"ok"_s);
    CHECK(f.auditCount(u"station.settings"_s) == 1);
    f.shoot(u"settings-saved"_s);
    CHECK(f.db.rows(u"SELECT actor FROM audit_log WHERE action = 'station.settings'"_s) == QStringList{u"admin"_s});

    // What the stations will read at start-up, from the file itself.
    QSettings reread(path, QSettings::IniFormat);
    const KioskSettings kiosk = KioskSettings::load(reread);
    CHECK(kiosk.formIdleMs == 90'000);
    CHECK(kiosk.ticketIdleMs == 30'000);
    CHECK(kiosk.language == u"en"_s);
    CHECK(kiosk.idleWarningMs == 15'000);
    CHECK_FALSE(kiosk.voiceHelp);
    CHECK(kiosk.nikRegionPrefix == u"6471"_s);
    CHECK(kiosk.printer.kind == PrinterChoice::Kind::Pdf);
    CHECK(kiosk.printer.systemPrinter == u"Kasir-58"_s);
    CHECK(kiosk.printer.paper == Paper::Thermal80);
    CHECK(kiosk.pdfFolder == tickets);
    const GateSettings gate = GateSettings::load(reread);
    CHECK(gate.gateName == u"2"_s);
    CHECK(gate.language == u"en"_s);
    CHECK(gate.camera == u"USB Camera"_s);
    CHECK_FALSE(gate.sounds);
    const DisplaySettings display = DisplaySettings::load(reread);
    CHECK(display.language == u"en"_s);
    CHECK(display.speech == QList<Announcer::Language>{Announcer::Language::Indonesian, Announcer::Language::English});
    CHECK(display.recent == 8);

    // Revert shows the saved values again.
    child<QSpinBox>(page, u"idleSpinBox"_s)->setValue(200);
    child<QLineEdit>(page, u"gateNameLineEdit"_s)->setText(u"Samping"_s);
    choose(page, u"speechComboBox"_s, u"off"_s);
    child<QCheckBox>(page, u"soundsCheckBox"_s)->setChecked(true);
    choose(page, u"paperComboBox"_s, u"a6"_s);
    click(page, u"revertPushButton"_s);
    CHECK(child<QSpinBox>(page, u"idleSpinBox"_s)->value() == 90);
    CHECK(child<QLineEdit>(page, u"gateNameLineEdit"_s)->text() == u"2"_s);
    CHECK(chosen(page, u"speechComboBox"_s) == u"id+en"_s);
    CHECK_FALSE(child<QCheckBox>(page, u"soundsCheckBox"_s)->isChecked());
    CHECK(chosen(page, u"paperComboBox"_s) == u"80mm"_s);
    CHECK(child<QComboBox>(page, u"cameraComboBox"_s)->currentText() == u"USB Camera"_s);
    CHECK(f.auditCount(u"station.settings"_s) == 1);

    // Saving again without a change records nothing more.
    click(page, u"savePushButton"_s);
    CHECK(f.auditCount(u"station.settings"_s) == 1);

    // The NIK region key: 4 or 6 digits, or nothing; anything else is refused and nothing is saved.
    auto *region = child<QLineEdit>(page, u"nikRegionLineEdit"_s);
    CHECK(region->text() == u"6471"_s);
    region->setText(u"64710"_s);
    click(page, u"savePushButton"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    CHECK(message->property("role").toString() == u"error"_s);
    CHECK(message->text().contains(u"6471"_s));
    CHECK(QSettings(path, QSettings::IniFormat).value(u"kiosk/nikRegionPrefix"_s).toString() == u"6471"_s);
    region->setText(u"647105"_s);
    click(page, u"savePushButton"_s);
    CHECK(message->property("role").toString() == u"ok"_s);
    QSettings six(path, QSettings::IniFormat);
    CHECK(KioskSettings::load(six).nikRegionPrefix == u"647105"_s);
    region->clear();
    click(page, u"savePushButton"_s);
    CHECK(message->property("role").toString() == u"ok"_s);
    QSettings none(path, QSettings::IniFormat);
    CHECK(KioskSettings::load(none).nikRegionPrefix.isEmpty());
}

TEST_CASE("Settings: the kiosk's printer can be an ESC-POS thermal printer", "[gui][staff][settings]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"besuk.conf"_s);
    QSettings ini(path, QSettings::IniFormat);
    StaffFixture f;
    f.open();
    f.signIn(AdminLogin);
    auto *page = f.openPage<SettingsPage>();
    page->setStationSettings(&ini);
    auto *uri = child<QLineEdit>(page, u"escposUriLineEdit"_s);
    CHECK_FALSE(uri->isEnabled());
    CHECK(child<QCheckBox>(page, u"askStatusCheckBox"_s)->isChecked());

    choose(page, u"printerKindComboBox"_s, u"escpos"_s);
    CHECK(uri->isEnabled());
    CHECK_FALSE(child<QComboBox>(page, u"printerNameComboBox"_s)->isEnabled());
    // An address that names no ESC/POS printer is refused with the forms that work.
    uri->setText(u"lp0"_s);
    click(page, u"savePushButton"_s);
    auto *message = child<QLabel>(page, u"messageLabel"_s);
    CHECK(message->property("role").toString() == u"error"_s);
    CHECK(message->text().contains(u"escpos-tcp://HOST:9100"_s));
    CHECK_FALSE(QSettings(path, QSettings::IniFormat).contains(u"printer/kind"_s));

    uri->setText(u" escpos-tcp://192.168.1.50:9100 "_s);
    choose(page, u"paperComboBox"_s, u"80mm"_s);
    child<QSpinBox>(page, u"dotsSpinBox"_s)->setValue(512);
    child<QCheckBox>(page, u"nativeQrCheckBox"_s)->setChecked(true);
    child<QCheckBox>(page, u"askStatusCheckBox"_s)->setChecked(false);
    click(page, u"savePushButton"_s);
    CHECK(message->property("role").toString() == u"ok"_s);
    f.shoot(u"settings-escpos"_s);
    QSettings reread(path, QSettings::IniFormat);
    CHECK(reread.value(u"printer/kind"_s).toString() == u"escpos"_s);
    CHECK(reread.value(u"printer/uri"_s).toString() == u"escpos-tcp://192.168.1.50:9100"_s);
    KioskSettings kiosk = KioskSettings::load(reread);
    CHECK(kiosk.printer.kind == PrinterChoice::Kind::EscPos);
    CHECK(kiosk.printer.host == u"192.168.1.50"_s);
    CHECK(kiosk.printer.port == 9100);
    CHECK(kiosk.printer.paper == Paper::Thermal80);
    CHECK(kiosk.printer.effectiveDotsPerLine() == 512);
    CHECK(kiosk.printer.nativeQr);
    CHECK_FALSE(kiosk.printer.askStatus);

    // A bare device path is the device file; dots back to "from the paper".
    uri->setText(u"/dev/usb/lp0"_s);
    child<QSpinBox>(page, u"dotsSpinBox"_s)->setValue(0);
    click(page, u"savePushButton"_s);
    CHECK(message->property("role").toString() == u"ok"_s);
    CHECK(uri->text() == u"escpos:/dev/usb/lp0"_s);
    QSettings again(path, QSettings::IniFormat);
    kiosk = KioskSettings::load(again);
    CHECK(kiosk.printer.device == u"/dev/usb/lp0"_s);
    CHECK(kiosk.printer.host.isEmpty());
    CHECK(kiosk.printer.effectiveDotsPerLine() == 576);
}
