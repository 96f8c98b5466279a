// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace besuk {

namespace Ui {
class SignInScreen;
}

// A station's sign-in: user name and PIN (or password), checked by the station's own rule (which roles may use it).
class SignInScreen : public QWidget {
    Q_OBJECT
public:
    // Signs in, or says in words why not.
    using Authenticator = std::function<Result<void>(const QString &login, const QString &secret)>;

    explicit SignInScreen(QWidget *parent = nullptr);
    ~SignInScreen() override;

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    void setTitle(const QString &title);
    // Shown when the facility has no staff accounts yet.
    void setNoAccountsHint(const QString &hint);
    // A second way in under the sign-in button (e.g. making the first administrator); hidden when `text` is empty.
    void setAlternative(const QString &text);

    void activate();

Q_SIGNALS:
    void signedIn();
    void alternativeChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::SignInScreen> m_ui;
    Authenticator m_authenticator;
    QString m_noAccountsHint;
};

} // namespace besuk
