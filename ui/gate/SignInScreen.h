#pragma once

#include <QWidget>

#include <memory>

namespace besuk {

class GateDesk;

namespace Ui {
class SignInScreen;
}

// The guard signs in with a user name and PIN before the gate does anything.
class SignInScreen : public QWidget {
    Q_OBJECT
public:
    explicit SignInScreen(GateDesk &desk, QWidget *parent = nullptr);
    ~SignInScreen() override;

    void activate();

Q_SIGNALS:
    void signedIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showMessage(const QString &message);

    GateDesk &m_desk;
    std::unique_ptr<Ui::SignInScreen> m_ui;
};

} // namespace besuk
