import re

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD, StudyGroupFactory, UserFactory


def _type_credentials_with_the_keyboard(page: Page, username: str, password: str) -> None:
    # The cursor starts in the username field: no mouse needed at all.
    expect(page.get_by_label("Username")).to_be_focused()
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")


def test_member1_logs_in_with_the_keyboard_and_sees_the_dashboard(
    page: Page, base, transactional_db
):
    member = UserFactory(username="member1", first_name="Wyn")
    StudyGroupFactory(name="Thursday DCA group", members=[member])
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    _type_credentials_with_the_keyboard(page, "member1", PASSWORD)
    expect(page).to_have_url(f"{base}/")
    expect(page.get_by_role("heading", name="Hello, Wyn")).to_be_visible()
    expect(page.get_by_text("Thursday DCA group")).to_be_visible()
    expect(page.get_by_text(re.compile(r"56\s+days to the exam"))).to_be_visible()


def test_the_login_lockout_message_is_shown_after_five_failures(page: Page, base, transactional_db):
    UserFactory(username="member1")
    page.goto(f"{base}/accounts/login/")
    for attempt in range(5):
        page.get_by_label("Username").fill("member1")
        page.get_by_label("Password").fill(f"wrong-{attempt}")
        page.get_by_role("button", name="Log in").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Too many failed login attempts")
    expect(alert).to_contain_text("15 minutes")
    # The right password no longer works from here.
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("Too many failed login attempts")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def test_the_dashboard_fits_a_phone_and_shows_no_console_errors(page: Page, base, transactional_db):
    member = UserFactory(username="member1")
    StudyGroupFactory(name="Thursday DCA group", members=[member])
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("member1")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("Thursday DCA group")).to_be_visible()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 375, f"page is {scroll_width}px wide on a 375px screen"
    assert page.evaluate("typeof window.htmx") == "object", "htmx did not load"
    assert errors == [], errors  # CSP violations show up as console errors
