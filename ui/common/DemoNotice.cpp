// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DemoNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

DemoNotice::DemoNotice(const QString &ticketFolder, Accounts accounts, QWidget *parent)
    : QWidget(parent), m_ticketFolder(ticketFolder), m_accounts(std::move(accounts)),
      m_openFolder([](const QUrl &folder) { return QDesktopServices::openUrl(folder); }),
      m_titleLabel(new QLabel(this)), m_folderCaptionLabel(new QLabel(this)), m_folderLabel(new QLabel(this)),
      m_openFolderButton(new QPushButton(this)), m_messageLabel(new QLabel(this)), m_accountsLabel(new QLabel(this)) {
    setObjectName(u"demoNotice"_s);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_folderCaptionLabel->setObjectName(u"folderCaptionLabel"_s);
    m_folderLabel->setObjectName(u"folderLabel"_s);
    m_openFolderButton->setObjectName(u"openFolderPushButton"_s);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_accountsLabel->setObjectName(u"accountsLabel"_s);
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_titleLabel->setFont(title);
    m_folderCaptionLabel->setWordWrap(true);
    m_folderLabel->setText(QDir::toNativeSeparators(ticketFolder));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_folderLabel->font();
    bold.setBold(true);
    m_folderLabel->setFont(bold);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_accountsLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_folderCaptionLabel);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_openFolderButton, 0, Qt::AlignLeft);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_accountsLabel);
    layout->addStretch();
    setMinimumWidth(520);
    connect(m_openFolderButton, &QPushButton::clicked, this, &DemoNotice::openFolder);
    retranslate();
}

void DemoNotice::openFolder() {
    const bool opened = m_openFolder && m_openFolder(QUrl::fromLocalFile(m_ticketFolder));
    m_messageLabel->setVisible(!opened);
    adjustSize(); // room for the message
}

void DemoNotice::retranslate() {
    setWindowTitle(tr("Besuk demo"));
    m_titleLabel->setText(tr("Besuk demo"));
    m_folderCaptionLabel->setText(tr("The kiosk saves each ticket as a PDF file in this folder. The folder stays when "
                                     "you quit; the demo's database does not."));
    m_openFolderButton->setText(tr("&Open the tickets folder"));
    m_accountsLabel->setText(tr("Gate: user \"%1\", PIN %3. Staff console: user \"%2\", PIN %3. Kiosk admin PIN: %3.")
                                 .arg(m_accounts.guardLogin, m_accounts.adminLogin, m_accounts.pin));
    m_messageLabel->setText(tr("No file manager could open the folder. Open it yourself: %1")
                                .arg(QDir::toNativeSeparators(m_ticketFolder)));
}

void DemoNotice::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace besuk
