// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/StaffWindow.h"

#include "db/Facility.h"
#include "db/FacilityThread.h"
#include "ui/common/BusyShade.h"
#include "ui/common/SignInScreen.h"
#include "ui/staff/FirstAdminScreen.h"
#include "ui/staff/StaffPage.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int RefreshMs = 5000;

} // namespace

StaffWindow::StaffWindow(Facility &facility, const QString &language, QWidget *parent)
    : QWidget(parent), m_domain(std::make_unique<FacilityThread>(facility)), m_staffDomain(facility, m_domain.get()),
      m_facilityLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_languageButton(new QPushButton(this)),
      m_signOutButton(new QPushButton(this)), m_stack(new QStackedWidget(this)), m_signIn(new SignInScreen),
      m_firstAdmin(new FirstAdminScreen(m_staffDomain)), m_list(new QListWidget), m_pageStack(new QStackedWidget) {
    m_language.apply(language);
    setObjectName(u"staffWindow"_s);
    auto *header = new QFrame(this);
    header->setObjectName(u"headerFrame"_s);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 6, 20, 6);
    headerLayout->addWidget(m_facilityLabel);
    headerLayout->addStretch();
    headerLayout->addWidget(m_userLabel);
    headerLayout->addWidget(m_languageButton);
    headerLayout->addWidget(m_signOutButton);
    m_facilityLabel->setObjectName(u"facilityLabel"_s);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_languageButton->setFocusPolicy(Qt::NoFocus);
    m_signOutButton->setObjectName(u"signOutPushButton"_s);
    m_signOutButton->setFocusPolicy(Qt::NoFocus);
    m_facilityLabel->setText(facility.profile().name);

    auto *console = new QWidget;
    auto *consoleLayout = new QHBoxLayout(console);
    consoleLayout->setContentsMargins(0, 0, 0, 0);
    consoleLayout->setSpacing(0);
    m_list->setObjectName(u"pagesListWidget"_s);
    m_list->setFixedWidth(250);
    consoleLayout->addWidget(m_list);
    consoleLayout->addWidget(m_pageStack, 1);
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(console);
    m_stack->addWidget(m_firstAdmin);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    QFile style(u":/staff/staff.qss"_s);
    if (style.open(QIODevice::ReadOnly))
        setStyleSheet(QString::fromUtf8(style.readAll()));

    m_signIn->setAuthenticator([this](const QString &login, const QString &secret) { return signIn(login, secret); });
    connect(m_signIn, &SignInScreen::signedIn, this, &StaffWindow::showPages);
    connect(m_signIn, &SignInScreen::alternativeChosen, this, [this] { showFirstAdmin(true); });
    connect(m_firstAdmin, &FirstAdminScreen::created, this, [this](const User &admin) {
        m_user = admin;
        showPages();
    });
    connect(m_firstAdmin, &FirstAdminScreen::backRequested, this, &StaffWindow::showStart);
    connect(m_signOutButton, &QPushButton::clicked, this, &StaffWindow::signOut);
    auto *signOutKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(signOutKey, &QShortcut::activated, this, &StaffWindow::signOut);
    connect(m_languageButton, &QPushButton::clicked, this,
            [this] { m_language.apply(m_language.current() == u"id" ? u"en"_s : u"id"_s); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<StaffPage *> allowed = allowedPages();
        if (row >= 0 && row < allowed.size())
            openPage(allowed[row]);
    });
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (StaffPage *page = currentPage(); page && m_user && !m_domain->waiting())
            page->refresh();
    });
    m_busyShade = new BusyShade(*m_domain, this);
    m_refresh.start(RefreshMs);
    retranslate();
    signOut();
}

StaffWindow::~StaffWindow() = default;

void StaffWindow::addPage(StaffPage *page) {
    page->setDomain(m_domain.get());
    m_pages.append(page);
    m_pageStack->addWidget(page);
    rebuildList();
}

Result<void> StaffWindow::signIn(const QString &login, const QString &secret) {
    auto user = m_staffDomain.call(
        [&login, &secret](Facility &facility) { return UserStore(facility).authenticate(login, secret); });
    if (!user)
        return user.error();
    if (!roleAllows(user->role, Permission::ViewVisits))
        return makeError(ErrorCode::RuleRefused,
                         tr("This account may not use the staff console. Guards work at the gate station."));
    m_user = *user;
    return {};
}

void StaffWindow::signOut() {
    if (m_user)
        (void)m_staffDomain.call(
            [login = m_user->login](Facility &facility) { return facility.logEvent(login, u"user.signout"_s, login); });
    m_user.reset();
    for (StaffPage *page : std::as_const(m_pages))
        page->setUser(std::nullopt);
    showStart();
}

void StaffWindow::showStart() {
    // A database that cannot be read shows the sign-in, whose attempt then reports the problem.
    const auto [admin, users] = m_staffDomain.call([](Facility &facility) {
        UserStore store(facility);
        return std::pair{store.hasActiveAdmin(), store.hasUsers()};
    });
    m_noActiveAdmin = admin && !*admin;
    retranslate();
    if (users && !*users) {
        showFirstAdmin(false);
        return;
    }
    m_stack->setCurrentWidget(m_signIn);
    m_signIn->activate();
}

void StaffWindow::showFirstAdmin(bool canGoBack) {
    m_stack->setCurrentWidget(m_firstAdmin);
    m_firstAdmin->activate(canGoBack);
}

void StaffWindow::showPages() {
    for (StaffPage *page : std::as_const(m_pages))
        page->setUser(m_user);
    rebuildList();
    m_stack->setCurrentIndex(1);
    retranslate();
    const QList<StaffPage *> allowed = allowedPages();
    if (!allowed.isEmpty())
        openPage(allowed.first());
}

QList<StaffPage *> StaffWindow::allowedPages() const {
    QList<StaffPage *> allowed;
    if (!m_user)
        return allowed;
    for (StaffPage *page : m_pages)
        if (roleAllows(m_user->role, page->permission()))
            allowed.append(page);
    return allowed;
}

bool StaffWindow::openPage(StaffPage *page) {
    const qsizetype row = allowedPages().indexOf(page);
    if (row < 0)
        return false;
    m_pageStack->setCurrentWidget(page);
    if (m_list->currentRow() != row) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(int(row));
    }
    page->refresh();
    return true;
}

StaffPage *StaffWindow::currentPage() const {
    return m_stack->currentIndex() == 1 ? qobject_cast<StaffPage *>(m_pageStack->currentWidget()) : nullptr;
}

void StaffWindow::rebuildList() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (StaffPage *page : allowedPages())
        m_list->addItem(page->title());
    if (StaffPage *page = currentPage())
        m_list->setCurrentRow(int(allowedPages().indexOf(page)));
}

void StaffWindow::retranslate() {
    setWindowTitle(tr("Besuk — Staff"));
    m_signIn->setTitle(tr("Sign in to the staff console"));
    m_signIn->setNoAccountsHint(m_noActiveAdmin ? tr("No active administrator exists yet. An administrator manages the "
                                                     "accounts, rules and settings: create the first one below.")
                                                : QString());
    m_signIn->setAlternative(m_noActiveAdmin ? tr("Create the first administrator") : QString());
    m_userLabel->setText(m_user ? tr("%1 (%2)").arg(m_user->displayName, m_user->login) : QString());
    m_signOutButton->setText(tr("Sign out (Ctrl+L)"));
    m_signOutButton->setVisible(m_user.has_value());
    m_languageButton->setText(m_language.current() == u"id" ? u"English"_s : u"Bahasa Indonesia"_s);
    if (m_busyShade)
        m_busyShade->retranslate();
    rebuildList();
}

void StaffWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace besuk
