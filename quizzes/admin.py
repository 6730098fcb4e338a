from django.contrib import admin

from quizzes.models import Card, Choice, Question


class _GroupScoped(admin.ModelAdmin):
    list_filter = ["status", "domain", "chapter", "rule", "edited_by_hand"]
    search_fields = ["fingerprint"]
    readonly_fields = [
        "group",
        "fingerprint",
        "sibling_key",
        "rule",
        "note",
        "line_start",
        "line_end",
    ]

    def get_queryset(self, request):
        # Editors curate their own groups' items only.
        items = super().get_queryset(request).select_related("note", "domain")
        if request.user.is_superuser:
            return items
        return items.filter(group__members=request.user)

    def save_model(self, request, obj, form, change):
        if change:
            obj.edited_by_hand = True  # regeneration never overwrites an editor's wording
        super().save_model(request, obj, form, change)


@admin.register(Card)
class CardAdmin(_GroupScoped):
    list_display = ["front", "back", "kind", "status", "domain", "chapter"]
    search_fields = ["front", "back", "fingerprint"]


class ChoiceInline(admin.TabularInline):
    model = Choice
    extra = 1


@admin.register(Question)
class QuestionAdmin(_GroupScoped):
    list_display = ["stem", "kind", "status", "domain", "chapter"]
    search_fields = ["stem", "fingerprint"]
    inlines = [ChoiceInline]
