// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/UsersPage.h"

#include "db/Facility.h"
#include "ui_UsersPage.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QList<Role> Roles{Role::Guard, Role::Staff, Role::Admin};

} // namespace

UsersPage::UsersPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ManageUsers, parent), m_ui(std::make_unique<Ui::UsersPage>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->okLabel->hide();
    m_ui->usersTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->usersTableWidget->horizontalHeader()->setStretchLastSection(false);
    for (QComboBox *box : {m_ui->roleComboBox, m_ui->changeRoleComboBox})
        for (Role role : Roles)
            box->addItem(QString(), roleKey(role));
    m_ui->roleComboBox->setCurrentIndex(int(Roles.indexOf(Role::Staff)));
    connect(m_ui->usersTableWidget, &QTableWidget::itemSelectionChanged, this, &UsersPage::showSelected);
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(m_ui->pinAgainLineEdit, &QLineEdit::returnPressed, this, &UsersPage::createUser);
    connect(m_ui->changeRolePushButton, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_ui->changePinPushButton, &QPushButton::clicked, this, &UsersPage::changePin);
    connect(m_ui->changePinAgainLineEdit, &QLineEdit::returnPressed, this, &UsersPage::changePin);
    connect(m_ui->activePushButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    retranslate();
    showSelected();
}

UsersPage::~UsersPage() = default;

QString UsersPage::title() const {
    return tr("Users");
}

QString UsersPage::roleName(Role role) {
    switch (role) {
    case Role::Guard:
        return tr("Guard");
    case Role::Staff:
        return tr("Staff");
    case Role::Admin:
        break;
    }
    return tr("Admin");
}

void UsersPage::refresh() {
    auto users = onDomain([](Facility &facility) { return UserStore(facility).list(); });
    if (!users) {
        showMessage(users.error().message);
        return;
    }
    const QString keep = selected() ? selected()->login : QString();
    m_users = *users;
    fill();
    {
        const QSignalBlocker blocker(m_ui->usersTableWidget);
        if (!keep.isEmpty())
            select(keep);
    }
    showSelected();
}

void UsersPage::fill() {
    QTableWidget *table = m_ui->usersTableWidget;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &user = m_users[row];
        const QStringList cells{user.login, user.displayName, roleName(user.role),
                                user.active ? tr("active") : tr("disabled"),
                                QLocale().toString(facility().toLocal(user.createdAt).date(), QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (!user.active)
                item->setForeground(QColor(0x6B, 0x72, 0x80));
            table->setItem(row, column, item);
        }
    }
}

const User *UsersPage::selected() const {
    const auto rows = m_ui->usersTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_users.size())
        return nullptr;
    return &m_users[rows.first().row()];
}

bool UsersPage::select(const QString &login) {
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].login == login) {
            m_ui->usersTableWidget->selectRow(row);
            return true;
        }
    }
    return false;
}

void UsersPage::showSelected() {
    const User *user = selected();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->changeRoleComboBox, m_ui->changeRolePushButton,
                                                            m_ui->changePinLineEdit, m_ui->changePinAgainLineEdit,
                                                            m_ui->changePinPushButton, m_ui->activePushButton})
        widget->setEnabled(user != nullptr);
    if (!user) {
        m_shownLogin.clear();
        m_ui->selectedGroupBox->setTitle(tr("Selected user"));
        m_ui->selectedLabel->setText(tr("Choose a user in the list to change their PIN or role, or to disable "
                                        "their account."));
        m_ui->activePushButton->setText(tr("&Disable account"));
        m_ui->activePushButton->setProperty("role", u"danger"_s);
        m_ui->activePushButton->style()->polish(m_ui->activePushButton);
        return;
    }
    m_ui->selectedGroupBox->setTitle(tr("User %1").arg(user->login));
    m_ui->selectedLabel->setText(
        user->active ? tr("%1, %2. Signs in with their user name and PIN.").arg(user->displayName, roleName(user->role))
                     : tr("%1, %2. Disabled: cannot sign in.").arg(user->displayName, roleName(user->role)));
    if (m_shownLogin != user->login) { // a refresh keeps a role being chosen
        m_shownLogin = user->login;
        m_ui->changeRoleComboBox->setCurrentIndex(int(Roles.indexOf(user->role)));
        m_ui->changePinLineEdit->clear();
        m_ui->changePinAgainLineEdit->clear();
    }
    m_ui->activePushButton->setText(user->active ? tr("&Disable account") : tr("&Enable account"));
    m_ui->activePushButton->setProperty("role", user->active ? u"danger"_s : QString());
    m_ui->activePushButton->style()->polish(m_ui->activePushButton);
}

void UsersPage::createUser() {
    if (m_ui->pinLineEdit->text() != m_ui->pinAgainLineEdit->text()) {
        showMessage(tr("The two PINs are not the same. Please type the PIN again in both fields."));
        m_ui->pinLineEdit->clear();
        m_ui->pinAgainLineEdit->clear();
        m_ui->pinLineEdit->setFocus();
        return;
    }
    const auto role = roleFromKey(m_ui->roleComboBox->currentData().toString());
    auto created = onDomain([login = m_ui->loginLineEdit->text(), name = m_ui->nameLineEdit->text(),
                             role = role.value_or(Role::Guard), pin = m_ui->pinLineEdit->text(), by = actor()](
                                Facility &facility) { return UserStore(facility).create(login, name, role, pin, by); });
    if (!created) {
        showMessage(created.error().message);
        return;
    }
    for (QLineEdit *edit : {m_ui->loginLineEdit, m_ui->nameLineEdit, m_ui->pinLineEdit, m_ui->pinAgainLineEdit})
        edit->clear();
    showMessage(
        {}, tr("%1 can now sign in as %2 (%3).").arg(created->displayName, created->login, roleName(created->role)));
    refresh();
    select(created->login);
}

void UsersPage::changeRole() {
    const User *user = selected();
    if (!user)
        return;
    const User chosen = *user;
    const auto role = roleFromKey(m_ui->changeRoleComboBox->currentData().toString());
    if (!role || *role == chosen.role)
        return;
    auto changed = onDomain([&chosen, role = *role, by = actor()](Facility &facility) {
        return UserStore(facility).setRole(chosen.login, role, by);
    });
    if (!changed) {
        showMessage(changed.error().message);
        m_shownLogin.clear(); // show the role the user still has
        refresh();
        return;
    }
    showMessage({}, tr("%1 is now %2.").arg(chosen.login, roleName(*role)));
    refresh();
}

void UsersPage::changePin() {
    const User *user = selected();
    if (!user)
        return;
    const QString login = user->login;
    if (m_ui->changePinLineEdit->text() != m_ui->changePinAgainLineEdit->text()) {
        showMessage(tr("The two PINs are not the same. Please type the PIN again in both fields."));
        m_ui->changePinLineEdit->clear();
        m_ui->changePinAgainLineEdit->clear();
        m_ui->changePinLineEdit->setFocus();
        return;
    }
    auto changed = onDomain([&login, pin = m_ui->changePinLineEdit->text(), by = actor()](Facility &facility) {
        return UserStore(facility).changeSecret(login, pin, by);
    });
    m_ui->changePinLineEdit->clear();
    m_ui->changePinAgainLineEdit->clear();
    if (!changed) {
        showMessage(changed.error().message);
        return;
    }
    showMessage({}, tr("The PIN of %1 was changed.").arg(login));
}

void UsersPage::toggleActive() {
    const User *user = selected();
    if (!user)
        return;
    const User chosen = *user;
    auto changed = onDomain([&chosen, by = actor()](Facility &facility) {
        return UserStore(facility).setActive(chosen.login, !chosen.active, by);
    });
    if (!changed) {
        showMessage(changed.error().message);
        return;
    }
    showMessage({}, chosen.active ? tr("The account %1 is disabled: it cannot sign in.").arg(chosen.login)
                                  : tr("The account %1 is enabled again.").arg(chosen.login));
    refresh();
}

void UsersPage::showMessage(const QString &message, const QString &ok) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->okLabel->setText(ok);
    m_ui->okLabel->setVisible(!ok.isEmpty());
}

void UsersPage::retranslate() {
    for (QComboBox *box : {m_ui->roleComboBox, m_ui->changeRoleComboBox})
        for (int index = 0; index < Roles.size(); ++index)
            box->setItemText(index, roleName(Roles[index]));
    m_ui->loginLineEdit->setPlaceholderText(tr("a-z, 0-9, '.', '_' or '-'"));
    m_ui->pinLineEdit->setPlaceholderText(tr("4 or more digits"));
    m_ui->usersTableWidget->setColumnCount(5);
    m_ui->usersTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->usersTableWidget->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Role"), tr("Account"), tr("Created")});
}

void UsersPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
