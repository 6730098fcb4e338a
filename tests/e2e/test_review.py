from playwright.sync_api import Page, expect

from notes.syllabus import load_syllabus
from quizzes.models import Card, ItemStatus, ReviewLog
from tests.factories import PASSWORD, StudyGroupFactory, UserFactory, make_note

NOTES = "\n".join(f"- **Driver{i}**: a storage fact number {i}." for i in range(4))


def test_reviewing_with_the_keyboard_only(page: Page, base, transactional_db):
    load_syllabus()
    member = UserFactory(username="member1")
    group = StudyGroupFactory(members=[member])
    from notes.models import Chapter

    make_note(
        author=member,
        group=group,
        title="Drivers",
        body=NOTES,
        chapters=[Chapter.objects.get(number=3)],
    )
    Card.objects.update(status=ItemStatus.PUBLISHED)
    total = Card.objects.count()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    page.goto(f"{base}/accounts/login/")
    page.keyboard.type("member1")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/")
    page.goto(f"{base}/review/")

    new_count = page.locator(".count-new")
    learning_count = page.locator(".count-learning")
    expect(new_count).to_have_text(str(total))

    def siblings_left(front: str) -> int:
        # A card's siblings (same source line) wait for tomorrow once it was answered.
        card = Card.objects.get(front=front)
        return Card.objects.filter(sibling_key=card.sibling_key).count()

    first_front = page.locator(".card-front").inner_text()
    page.keyboard.press("Space")  # reveal
    expect(page.locator("#answer")).to_be_visible()
    expect(page.locator(".grade-3 .grade-interval")).to_have_text("10m")
    page.keyboard.press("3")  # Good: into learning (back in 10 minutes), next new card shows
    after_first = total - siblings_left(first_front)
    expect(new_count).to_have_text(str(after_first))
    expect(learning_count).to_have_text("1")
    second_front = page.locator(".card-front").inner_text()
    assert second_front != first_front

    page.keyboard.press("Space")
    expect(page.locator("#answer")).to_be_visible()
    page.keyboard.press("1")  # Again: due in a minute, counted as learning
    expect(learning_count).to_have_text("2")
    expect(new_count).to_have_text(str(after_first - siblings_left(second_front)))
    assert ReviewLog.objects.count() == 2
    assert ReviewLog.objects.order_by("pk").first().duration_ms > 0  # time on the card, kept

    page.keyboard.press("u")  # undo the Again
    expect(page.get_by_text("Undid your “Again” answer.")).to_be_visible()
    expect(new_count).to_have_text(str(after_first))
    expect(learning_count).to_have_text("1")
    expect(page.locator(".card-front")).to_have_text(second_front)
    assert ReviewLog.objects.count() == 1
    assert errors == [], errors


def test_reviewing_on_a_phone_has_big_grade_buttons(page: Page, base, transactional_db):
    load_syllabus()
    member = UserFactory(username="member1")
    group = StudyGroupFactory(members=[member])
    make_note(author=member, group=group, title="Drivers", body=NOTES)
    Card.objects.update(status=ItemStatus.PUBLISHED)
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("member1")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{base}/review/")
    page.get_by_role("link", name="Show answer").click()
    good = page.get_by_role("button", name="Good")
    box = good.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 70
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    good.click()
    expect(page.locator(".count-learning")).to_have_text("1")
