// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/AdultsScreen.h"

#include "db/Validation.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/LengthLimit.h"
#include "ui/kiosk/MessageArea.h"
#include "ui_AdultsScreen.h"

#include <QHBoxLayout>
#include <QRegularExpressionValidator>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int NikDigits = 16;

QString sexText(Sex sex) {
    return sex == Sex::Female ? AdultsScreen::tr("Female") : AdultsScreen::tr("Male");
}

} // namespace

AdultsScreen::AdultsScreen(KioskFlow &flow, QWidget *parent)
    : KioskScreen(parent), m_ui(std::make_unique<Ui::AdultsScreen>()), m_flow(flow) {
    m_ui->setupUi(this);
    makeEnterClickButtons();
    m_ui->nikLineEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,16}"_s), this));
    m_ui->nikKeypad->setTarget(m_ui->nikLineEdit);
    m_ui->nameKeyboard->setMode(OnScreenKeyboard::Mode::Names);
    m_ui->nameKeyboard->setTarget(m_ui->nameLineEdit);
    m_ui->nikLineEdit->installEventFilter(this);
    m_ui->nameLineEdit->installEventFilter(this);
    reserveMessageLines(m_ui->statusLabel, 3);
    new LengthLimit(m_ui->nameLineEdit, Validation::MaxNameLength, m_ui->statusLabel);
    connect(m_ui->nikLineEdit, &QLineEdit::textChanged, this, &AdultsScreen::nikEdited);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, [this] {
        m_error.clear();
        nikEdited();
    });
    connect(m_ui->nikKeypad, &NumericKeypad::typed, this, &AdultsScreen::keypadTyped);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &AdultsScreen::add);
    connect(m_ui->nextPushButton, &QPushButton::clicked, this, &AdultsScreen::goNext);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &AdultsScreen::back);
    m_scanButton = new QPushButton(this);
    m_scanButton->setObjectName(u"scanKtpPushButton"_s);
    m_ui->navigationLayout->insertWidget(1, m_scanButton);
    connect(m_scanButton, &QPushButton::clicked, this, &AdultsScreen::scanRequested);
    retranslate();
    rebuildList();
}

AdultsScreen::~AdultsScreen() = default;

void AdultsScreen::clear() {
    m_ui->nikLineEdit->clear();
    m_ui->nameLineEdit->clear();
    m_error.clear();
    m_ui->inputStackedWidget->setCurrentWidget(m_ui->keypadPage);
    rebuildList();
    nikEdited();
}

bool AdultsScreen::addFromCard(const QString &nik, const QString &name) {
    m_ui->nikLineEdit->setText(nik);
    m_ui->nameLineEdit->setText(name);
    if (name.isEmpty()) {
        m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return add();
}

void AdultsScreen::setRegionPrefix(const QString &digits) {
    m_regionPrefix = digits;
    updatePrefixKeys();
}

// The first 6 digits of a NIK are where its holder's family card was issued (province, regency, district): most
// visitors live near the prison, and a family shares its district. A key types them; the visitor sees them in the
// field and can delete them.
void AdultsScreen::updatePrefixKeys() {
    QList<NumericKeypad::PrefixKey> keys;
    if (!m_regionPrefix.isEmpty())
        keys.append({m_regionPrefix, tr("Type %1, the region code of this area").arg(m_regionPrefix),
                     u"regionPrefixPushButton"_s});
    if (!m_flow.adults().isEmpty()) {
        const QString previous = m_flow.adults().constLast().nik.left(6);
        keys.append({previous, tr("Type %1, the same area as the previous person").arg(previous),
                     u"previousPrefixPushButton"_s});
    }
    m_ui->nikKeypad->setPrefixKeys(keys);
}

void AdultsScreen::activate() {
    rebuildList();
    retranslate();
    m_ui->nikLineEdit->setFocus(Qt::OtherFocusReason);
}

bool AdultsScreen::add() {
    auto added = m_flow.addAdult(m_ui->nikLineEdit->text(), m_ui->nameLineEdit->text());
    if (!added) {
        m_error = added.error().message;
        showStatus(m_error, u"error"_s);
        return false;
    }
    m_ui->nikLineEdit->clear();
    m_ui->nameLineEdit->clear();
    m_error.clear();
    rebuildList();
    retranslate();
    nikEdited();
    m_ui->nikLineEdit->setFocus(Qt::OtherFocusReason);
    return true;
}

// "Next" with a person typed but not added: a complete one is added on the way (one tap, not two); a half-typed one
// is never dropped silently: the screen says what is missing and stays.
void AdultsScreen::goNext() {
    const QString nik = m_ui->nikLineEdit->text();
    const bool nameEmpty = m_ui->nameLineEdit->text().trimmed().isEmpty();
    if (!nik.isEmpty() || !nameEmpty) {
        QString missing;
        if (nik.isEmpty())
            missing = tr("Type the NIK (16 digits on the KTP), or clear the name.");
        else if (nik.size() < NikDigits)
            missing = tr("The NIK has %1 of %2 digits. Finish it, or tap Clear.").arg(nik.size()).arg(NikDigits);
        else if (nameEmpty)
            missing = tr("Type the name as on the KTP, or clear the NIK.");
        if (!missing.isEmpty()) {
            m_error = missing;
            showStatus(m_error, u"error"_s);
            (nik.size() < NikDigits ? m_ui->nikLineEdit : m_ui->nameLineEdit)->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (!add())
            return;
    }
    if (m_flow.adults().isEmpty()) {
        m_error = tr("Please add at least one adult with a NIK. Children come with an adult.");
        showStatus(m_error, u"error"_s);
        m_ui->nikLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    Q_EMIT next();
}

void AdultsScreen::defaultAction() {
    const bool nikEmpty = m_ui->nikLineEdit->text().isEmpty();
    const bool nameEmpty = m_ui->nameLineEdit->text().trimmed().isEmpty();
    if (nikEmpty && nameEmpty) {
        goNext();
    } else if (m_ui->nikLineEdit->hasFocus() && nameEmpty) {
        m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
    } else {
        add();
    }
}

void AdultsScreen::showStatus(const QString &text, const QString &role) {
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("role", role);
    m_ui->statusLabel->style()->unpolish(m_ui->statusLabel);
    m_ui->statusLabel->style()->polish(m_ui->statusLabel);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void AdultsScreen::nikEdited() {
    if (sender() == m_ui->nikLineEdit)
        m_error.clear();
    if (!m_error.isEmpty()) {
        showStatus(m_error, u"error"_s);
        return;
    }
    const QString nik = m_ui->nikLineEdit->text();
    if (nik.isEmpty()) {
        showStatus(QString(), u"hint"_s);
    } else if (nik.size() < NikDigits) {
        showStatus(tr("%1 of %2 digits").arg(nik.size()).arg(NikDigits), u"hint"_s);
    } else if (auto draft = m_flow.checkCompleteNik(nik); !draft) {
        // Complete: every rule on this person that needs no name, at once (bans, age, twice, the limits).
        showStatus(draft.error().message, u"error"_s);
    } else {
        QString text = tr("%1, %n year(s) old", nullptr, draft->age).arg(sexText(draft->sex));
        if (draft->countsAsChild())
            text += u"\n"_s + tr("Under %1: counted as a child.").arg(m_flow.adultAge());
        showStatus(text, u"ok"_s);
    }
}

void AdultsScreen::keypadTyped() {
    // On a touch screen the NIK is done at its 16th digit: on to the name.
    if (m_ui->nikLineEdit->text().size() == NikDigits && m_flow.checkCompleteNik(m_ui->nikLineEdit->text()).ok() &&
        m_ui->nameLineEdit->text().isEmpty())
        m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

void AdultsScreen::rebuildList() {
    // Rows go later: this may run inside a click on one of their buttons.
    while (QLayoutItem *item = m_ui->adultsLayout->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            for (QObject *child : row->findChildren<QObject *>())
                child->setObjectName(QString());
            row->deleteLater();
        }
        delete item;
    }
    QWidget *previous = m_ui->addPushButton;
    const auto &adults = m_flow.adults();
    for (int index = 0; index < adults.size(); ++index) {
        const AdultDraft &adult = adults.at(index);
        auto *row = new QWidget(m_ui->adultsFrame);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(10);
        auto *label = new QLabel(row);
        label->setObjectName(u"adult%1Label"_s.arg(index + 1));
        label->setWordWrap(true);
        QString details = tr("%1, %n year(s)", nullptr, adult.age).arg(sexText(adult.sex));
        if (adult.countsAsChild())
            details = tr("%1 (child)").arg(details);
        label->setText(u"%1. %2\n%3\n%4"_s.arg(index + 1).arg(isolatedName(adult.name), Nik::mask(adult.nik), details));
        label->setProperty("role", u"row"_s);
        rowLayout->addWidget(label, 1);
        auto *remove = new QPushButton(tr("Remove"), row);
        remove->setProperty("role", u"remove"_s);
        remove->setObjectName(u"removeAdult%1PushButton"_s.arg(index + 1));
        remove->setAutoDefault(true);
        remove->setAccessibleName(tr("Remove %1 from the group").arg(adult.name));
        connect(remove, &QPushButton::clicked, this, [this, index] {
            m_flow.removeAdult(index);
            m_error.clear();
            rebuildList();
            retranslate();
            nikEdited();
            m_ui->nikLineEdit->setFocus(Qt::OtherFocusReason);
        });
        rowLayout->addWidget(remove);
        m_ui->adultsLayout->addWidget(row);
        row->show();
        setTabOrder(previous, remove);
        previous = remove;
    }
    if (adults.isEmpty()) {
        auto *empty = new QLabel(tr("Nobody added yet."), m_ui->adultsFrame);
        empty->setObjectName(u"emptyLabel"_s);
        empty->setProperty("role", u"hint"_s);
        m_ui->adultsLayout->addWidget(empty);
        empty->show();
    }
    setTabOrder(previous, m_ui->nextPushButton);
    m_ui->adultsFrame->setVisible(true);
}

void AdultsScreen::retranslate() {
    m_ui->hintLabel->setText(tr("Enter the NIK (16 digits on the KTP) and the name of each adult. Tap \"Add this "
                                "person\" to enter another, or \"Next\" when everyone is in. At most %n adult(s) "
                                "per group.",
                                nullptr, m_flow.maxAdults()));
    m_ui->listTitleLabel->setText(tr("In this group: %n adult(s)", nullptr, int(m_flow.adults().size())));
    m_scanButton->setText(tr("Scan ID card"));
    updatePrefixKeys();
}

void AdultsScreen::resizeEvent(QResizeEvent *event) {
    // Upright (1080x1920), the message shares a narrow column with the list but has height to spare.
    reserveMessageLines(m_ui->statusLabel, height() > width() ? 6 : 3);
    KioskScreen::resizeEvent(event);
}

void AdultsScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        rebuildList();
        nikEdited();
    }
    KioskScreen::changeEvent(event);
}

bool AdultsScreen::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_ui->nikLineEdit)
            m_ui->inputStackedWidget->setCurrentWidget(m_ui->keypadPage);
        else if (watched == m_ui->nameLineEdit)
            m_ui->inputStackedWidget->setCurrentWidget(m_ui->keyboardPage);
    }
    return KioskScreen::eventFilter(watched, event);
}

} // namespace besuk
