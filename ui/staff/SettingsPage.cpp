// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/SettingsPage.h"

#include "db/Facility.h"
#include "platform/devices/CameraInput.h"
#include "platform/printer/PrinterUri.h"
#include "platform/printing/TicketPrinter.h"
#include "ui/common/KioskSettings.h"
#include "ui_SettingsPage.h"

#include <QDir>
#include <QFileDialog>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// The keys and defaults of KioskSettings::load, GateSettings::load and DisplaySettings::load (ui/kiosk, ui/gate,
// ui/display), which the stations use at start-up; change them together.
const QString IdleSecondsKey = u"kiosk/idleSeconds"_s;
const QString TicketSecondsKey = u"kiosk/ticketSeconds"_s;
const QString KioskLanguageKey = u"kiosk/language"_s;
const QString IdleWarningSecondsKey = u"kiosk/idleWarningSeconds"_s;
const QString VoiceHelpKey = u"kiosk/voiceHelp"_s;
const QString NikRegionPrefixKey = u"kiosk/nikRegionPrefix"_s;
const QString PrinterKindKey = u"printer/kind"_s;
const QString PrinterNameKey = u"printer/name"_s;
const QString PaperKey = u"printer/paper"_s;
const QString PdfFolderKey = u"printer/pdfFolder"_s;
const QString PrinterUriKey = u"printer/uri"_s;
const QString DotsPerLineKey = u"printer/dotsPerLine"_s;
const QString NativeQrKey = u"printer/nativeQr"_s;
const QString AskStatusKey = u"printer/askStatus"_s;
const QString GateNameKey = u"gate/name"_s;
const QString GateLanguageKey = u"gate/language"_s;
const QString CameraKey = u"gate/camera"_s;
const QString SoundsKey = u"gate/sounds"_s;
const QString DisplayLanguageKey = u"display/language"_s;
const QString SpeechKey = u"display/speech"_s;
const QString RecentKey = u"display/recent"_s;

constexpr int DefaultIdleSeconds = 60;
constexpr int DefaultTicketSeconds = 20;
constexpr int DefaultIdleWarningSeconds = 10;
constexpr int DefaultRecent = 5;
constexpr int MaxRecent = 10;
const QString DefaultLanguage = u"id"_s;
const QString DefaultGateName = u"1"_s;

QString defaultPdfFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"besuk-tickets"_s);
}

// A positive number of seconds, else the default (as KioskSettings::load), shown within the spin box's range.
int seconds(QSettings &settings, const QString &key, int fallback) {
    const int value = settings.value(key, fallback).toInt();
    return value > 0 ? value : fallback;
}

// display/speech as DisplaySettings::speechFromKey reads it ("id", "en", "id+en", "en+id", "off"); empty when
// it reads nothing there (the display then speaks Indonesian).
QString speechKey(const QString &stored) {
    const QString normalised = stored.trimmed().toLower();
    if (normalised == u"off")
        return normalised;
    QStringList parts = normalised.split(u'+');
    for (QString &part : parts)
        part = part.trimmed();
    const QString joined = parts.join(u'+');
    return QStringList{u"id"_s, u"en"_s, u"id+en"_s, u"en+id"_s}.contains(joined) ? joined : QString();
}

// The names of the station's devices, with an empty first entry: the system's default.
void fillDevices(QComboBox *combo, const QStringList &names) {
    const QString current = combo->currentText();
    combo->clear();
    combo->addItem(QString());
    combo->addItems(names);
    combo->setCurrentText(current);
}

} // namespace

SettingsPage::SettingsPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ManageRules, parent), m_ui(std::make_unique<Ui::SettingsPage>()),
      m_ownSettings(std::make_unique<QSettings>()), m_settings(m_ownSettings.get()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->nikRegionLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_ui->nikRegionLineEdit));
    m_ui->scrollContents->setAutoFillBackground(false);
    m_ui->scrollArea->viewport()->setAutoFillBackground(false);
    for (QComboBox *combo : {m_ui->kioskLanguageComboBox, m_ui->gateLanguageComboBox, m_ui->displayLanguageComboBox}) {
        // Each language in its own name, as the stations' language buttons show it.
        combo->addItem(u"Bahasa Indonesia"_s, u"id"_s);
        combo->addItem(u"English"_s, u"en"_s);
    }
    for (const char *key : {"system", "pdf", "escpos"})
        m_ui->printerKindComboBox->addItem(QString(), QString::fromLatin1(key));
    for (const char *key : {"58mm", "80mm", "a6"})
        m_ui->paperComboBox->addItem(QString(), QString::fromLatin1(key));
    for (const char *key : {"id", "en", "id+en", "off"})
        m_ui->speechComboBox->addItem(QString(), QString::fromLatin1(key));
    fillDevices(m_ui->printerNameComboBox, TicketPrinter::systemPrinters());
    fillDevices(m_ui->cameraComboBox, CameraInput::available());
    for (QComboBox *combo : {m_ui->printerNameComboBox, m_ui->cameraComboBox}) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_ui->timeZoneValueLabel->setText(facility.profile().timeZoneId);
    m_ui->nameLineEdit->setText(facility.profile().name);

    connect(m_ui->saveNamePushButton, &QPushButton::clicked, this, &SettingsPage::saveName);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, &SettingsPage::saveName);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &SettingsPage::saveStation);
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, &SettingsPage::revertStation);
    connect(m_ui->printerKindComboBox, &QComboBox::currentIndexChanged, this, &SettingsPage::updatePrinterFields);
    connect(m_ui->pdfFolderPushButton, &QPushButton::clicked, this, [this] {
        const QString folder = m_chooseFolder(m_ui->pdfFolderLineEdit->text());
        if (!folder.isEmpty())
            m_ui->pdfFolderLineEdit->setText(QDir::toNativeSeparators(folder));
    });
    m_chooseFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(this, tr("The folder for PDF tickets"), current);
    };
    retranslate();
    loadStation();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const {
    return tr("Settings");
}

void SettingsPage::setStationSettings(QSettings *settings) {
    if (settings) {
        m_settings = settings;
        m_ownSettings.reset();
    } else {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    loadStation();
}

void SettingsPage::refresh() {
    QLineEdit *name = m_ui->nameLineEdit;
    if (!name->hasFocus() && !name->isModified())
        name->setText(facility().profile().name);
    m_ui->timeZoneValueLabel->setText(facility().profile().timeZoneId);
}

bool SettingsPage::saveName() {
    auto renamed = onDomain([name = m_ui->nameLineEdit->text(), by = actor()](Facility &facility) -> Result<QString> {
        if (auto stored = facility.rename(name, by); !stored)
            return stored.error();
        return facility.profile().name; // as stored: trimmed
    });
    if (!renamed) {
        showMessage(renamed.error().message, false);
        return false;
    }
    m_ui->nameLineEdit->setText(*renamed);
    // The console's header shows the name too.
    if (auto *header = window()->findChild<QLabel *>(u"facilityLabel"_s))
        header->setText(*renamed);
    showMessage(tr("The facility is now called %1.").arg(*renamed), true);
    return true;
}

void SettingsPage::loadStation() {
    QSettings &settings = *m_settings;
    settings.sync();
    m_ui->idleSpinBox->setValue(seconds(settings, IdleSecondsKey, DefaultIdleSeconds));
    m_ui->ticketSpinBox->setValue(seconds(settings, TicketSecondsKey, DefaultTicketSeconds));
    m_ui->idleWarningSpinBox->setValue(seconds(settings, IdleWarningSecondsKey, DefaultIdleWarningSeconds));
    m_ui->voiceHelpCheckBox->setChecked(settings.value(VoiceHelpKey, true).toBool());
    m_ui->nikRegionLineEdit->setText(KioskSettings::load(settings).nikRegionPrefix); // as the kiosk will use it
    // Unknown languages: the stations fall back to Indonesian.
    const auto language = [&](QComboBox *combo, const QString &key) {
        if (!select(combo, settings.value(key, DefaultLanguage).toString().trimmed()))
            select(combo, DefaultLanguage);
    };
    language(m_ui->kioskLanguageComboBox, KioskLanguageKey);
    language(m_ui->gateLanguageComboBox, GateLanguageKey);
    language(m_ui->displayLanguageComboBox, DisplayLanguageKey);

    if (!select(m_ui->printerKindComboBox, settings.value(PrinterKindKey, u"system"_s).toString()))
        select(m_ui->printerKindComboBox, u"system"_s);
    m_ui->escposUriLineEdit->setText(settings.value(PrinterUriKey).toString());
    m_ui->dotsSpinBox->setValue(std::max(0, settings.value(DotsPerLineKey, 0).toInt()));
    m_ui->nativeQrCheckBox->setChecked(settings.value(NativeQrKey, false).toBool());
    m_ui->askStatusCheckBox->setChecked(settings.value(AskStatusKey, true).toBool());
    m_ui->printerNameComboBox->setCurrentText(settings.value(PrinterNameKey).toString());
    const auto paper = paperFromKey(settings.value(PaperKey, u"58mm"_s).toString());
    select(m_ui->paperComboBox, paperKey(paper.value_or(Paper::Thermal58)));
    const QString pdfFolder = settings.value(PdfFolderKey, defaultPdfFolder()).toString();
    m_ui->pdfFolderLineEdit->setText(pdfFolder);
    m_ui->pdfFolderLineEdit->setCursorPosition(0);
    m_ui->pdfFolderLineEdit->setToolTip(pdfFolder);

    const QString gateName = settings.value(GateNameKey, DefaultGateName).toString().trimmed();
    m_ui->gateNameLineEdit->setText(gateName.isEmpty() ? DefaultGateName : gateName);
    m_ui->cameraComboBox->setCurrentText(settings.value(CameraKey).toString());
    m_ui->soundsCheckBox->setChecked(settings.value(SoundsKey, true).toBool());

    QString speech = speechKey(settings.value(SpeechKey, u"id"_s).toString());
    if (speech.isEmpty())
        speech = u"id"_s;
    if (!select(m_ui->speechComboBox, speech)) { // "en+id": kept as it is, not offered otherwise
        m_ui->speechComboBox->addItem(QString(), speech);
        retranslate();
        select(m_ui->speechComboBox, speech);
    }
    bool ok = false;
    const int recent = settings.value(RecentKey, DefaultRecent).toInt(&ok);
    m_ui->recentSpinBox->setValue(ok ? std::clamp(recent, 1, MaxRecent) : DefaultRecent);
    updatePrinterFields();
}

bool SettingsPage::saveStation() {
    QSettings &settings = *m_settings;
    const QString escposUri = PrinterUri::withScheme(m_ui->escposUriLineEdit->text());
    if (m_ui->printerKindComboBox->currentData().toString() == u"escpos") {
        auto named = PrinterUri::parse(escposUri);
        if (!named || named->kind != PrinterChoice::Kind::EscPos) {
            showMessage(named ? tr("The ESC/POS printer needs escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100.")
                              : named.error().message,
                        false);
            return false;
        }
    }
    const QString regionPrefix = m_ui->nikRegionLineEdit->text().trimmed();
    if (!KioskSettings::isRegionPrefix(regionPrefix)) {
        showMessage(tr("The NIK region key needs 4 digits (province and regency, e.g. 6471) or 6 (with the "
                       "district), or nothing for no key."),
                    false);
        m_ui->nikRegionLineEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString gateName = m_ui->gateNameLineEdit->text().trimmed();
    const QList<std::pair<QString, QVariant>> values{
        {IdleSecondsKey, m_ui->idleSpinBox->value()},
        {TicketSecondsKey, m_ui->ticketSpinBox->value()},
        {KioskLanguageKey, m_ui->kioskLanguageComboBox->currentData()},
        {IdleWarningSecondsKey, m_ui->idleWarningSpinBox->value()},
        {VoiceHelpKey, m_ui->voiceHelpCheckBox->isChecked()},
        {NikRegionPrefixKey, regionPrefix},
        {PrinterKindKey, m_ui->printerKindComboBox->currentData()},
        {PrinterNameKey, m_ui->printerNameComboBox->currentText().trimmed()},
        {PaperKey, m_ui->paperComboBox->currentData()},
        {PdfFolderKey, m_ui->pdfFolderLineEdit->text().trimmed()},
        {PrinterUriKey, escposUri},
        {DotsPerLineKey, m_ui->dotsSpinBox->value()},
        {NativeQrKey, m_ui->nativeQrCheckBox->isChecked()},
        {AskStatusKey, m_ui->askStatusCheckBox->isChecked()},
        {GateNameKey, gateName.isEmpty() ? DefaultGateName : gateName},
        {GateLanguageKey, m_ui->gateLanguageComboBox->currentData()},
        {CameraKey, m_ui->cameraComboBox->currentText().trimmed()},
        {SoundsKey, m_ui->soundsCheckBox->isChecked()},
        {DisplayLanguageKey, m_ui->displayLanguageComboBox->currentData()},
        {SpeechKey, m_ui->speechComboBox->currentData()},
        {RecentKey, m_ui->recentSpinBox->value()},
    };
    QStringList changes;
    for (const auto &[key, value] : values) {
        if (!settings.contains(key) || settings.value(key).toString() != value.toString())
            changes.append(u"%1=%2"_s.arg(key, value.toString()));
        settings.setValue(key, value);
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        showMessage(settings.status() == QSettings::AccessError
                        ? tr("The settings could not be saved: %1 cannot be written.").arg(settings.fileName())
                        : tr("The settings could not be saved: %1 is damaged.").arg(settings.fileName()),
                    false);
        return false;
    }
    loadStation(); // as the stations will read them
    QString message = tr("Saved. Restart the kiosk, gate or display on this computer to apply the settings.");
    if (!changes.isEmpty()) {
        auto logged = onDomain([by = actor(), detail = changes.join(u"; "_s)](Facility &facility) {
            return facility.logEvent(by, u"station.settings"_s, QSysInfo::machineHostName(), detail);
        });
        if (!logged)
            message += u"\n"_s + logged.error().message;
    }
    showMessage(message, true);
    return true;
}

void SettingsPage::revertStation() {
    loadStation();
    showMessage(tr("The form shows the saved settings of this station again."), true);
}

void SettingsPage::updatePrinterFields() {
    const QString kind = m_ui->printerKindComboBox->currentData().toString();
    const bool pdf = kind == u"pdf";
    const bool escpos = kind == u"escpos";
    m_ui->printerNameComboBox->setEnabled(kind == u"system");
    m_ui->pdfFolderLineEdit->setEnabled(pdf);
    m_ui->pdfFolderPushButton->setEnabled(pdf);
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->escposUriLineEdit, m_ui->dotsSpinBox,
                                                           m_ui->nativeQrCheckBox, m_ui->askStatusCheckBox})
        field->setEnabled(escpos);
}

bool SettingsPage::select(QComboBox *combo, const QString &key) {
    const int index = combo->findData(key);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void SettingsPage::retranslate() {
    const auto setTexts = [](QComboBox *combo, const QHash<QString, QString> &texts) {
        for (int index = 0; index < combo->count(); ++index)
            combo->setItemText(index, texts.value(combo->itemData(index).toString()));
    };
    setTexts(m_ui->printerKindComboBox, {{u"system"_s, tr("A printer")},
                                         {u"pdf"_s, tr("PDF files in a folder")},
                                         {u"escpos"_s, tr("An ESC/POS thermal printer (no driver)")}});
    setTexts(m_ui->paperComboBox, {{u"58mm"_s, tr("58 mm roll")}, {u"80mm"_s, tr("80 mm roll")}, {u"a6"_s, tr("A6")}});
    setTexts(m_ui->speechComboBox, {{u"id"_s, tr("Indonesian")},
                                    {u"en"_s, tr("English")},
                                    {u"id+en"_s, tr("Indonesian, then English")},
                                    {u"en+id"_s, tr("English, then Indonesian")},
                                    {u"off"_s, tr("Not spoken")}});
    m_ui->printerNameComboBox->lineEdit()->setPlaceholderText(tr("The default printer"));
    m_ui->cameraComboBox->lineEdit()->setPlaceholderText(tr("The default camera"));
    m_ui->escposUriLineEdit->setPlaceholderText(u"escpos-tcp://192.168.1.50:9100"_s);
    m_ui->dotsSpinBox->setSpecialValueText(tr("From the paper"));
}

void SettingsPage::showMessage(const QString &text, bool ok) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("role", ok ? u"ok"_s : u"error"_s);
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->show();
}

void SettingsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
