// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace besuk {

class FacilityThread;

namespace Ui {
class AdminPinDialog;
}

// Asks for the admin PIN before the kiosk may be left (quit, leave full screen). Accepted when the PIN is right,
// or when no PIN has been set yet (first setup: the dialog says so). Five wrong PINs lock it (AdminPin).
class AdminPinDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Quit, LeaveFullScreen };

    AdminPinDialog(FacilityThread &domain, Purpose purpose, QWidget *parent = nullptr);
    ~AdminPinDialog() override;

    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    void done(int result) override; // the typed PIN never outlives the dialog

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void retranslate();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::AdminPinDialog> m_ui;
    FacilityThread &m_domain;
    Purpose m_purpose;
    bool m_pinSet = true;
    QString m_message;
};

} // namespace besuk
