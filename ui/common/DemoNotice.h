// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QUrl;

namespace besuk {

// `besuk --demo`'s window beside the stations: names the folder the ticket PDFs are kept in (it stays after the
// demo quits), opens it, and gives the demo's sign-ins.
class DemoNotice : public QWidget {
    Q_OBJECT
public:
    struct Accounts {
        QString pin;
        QString guardLogin;
        QString adminLogin;
    };
    // Opens a folder in the desktop's file manager; false when nothing could.
    using FolderOpener = std::function<bool(const QUrl &folder)>;

    DemoNotice(const QString &ticketFolder, Accounts accounts, QWidget *parent = nullptr);

    [[nodiscard]] QString ticketFolder() const { return m_ticketFolder; }
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openFolder();

    QString m_ticketFolder;
    Accounts m_accounts;
    FolderOpener m_openFolder;
    QLabel *m_titleLabel;
    QLabel *m_folderCaptionLabel;
    QLabel *m_folderLabel;
    QPushButton *m_openFolderButton;
    QLabel *m_messageLabel;
    QLabel *m_accountsLabel;
};

} // namespace besuk
