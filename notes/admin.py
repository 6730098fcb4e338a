from django.contrib import admin

from notes.models import Book, Chapter, Domain, Objective, StudyGroup


class ObjectiveInline(admin.TabularInline):
    model = Objective
    extra = 0
    fields = ["code", "text", "since", "retired"]


@admin.register(Domain)
class DomainAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "weight"]
    inlines = [ObjectiveInline]


@admin.register(Objective)
class ObjectiveAdmin(admin.ModelAdmin):
    list_display = ["code", "text", "domain", "since", "retired"]
    list_filter = ["domain"]
    search_fields = ["code", "text"]


@admin.register(Book)
class BookAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "edition"]


@admin.register(Chapter)
class ChapterAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "part", "book"]
    list_filter = ["book", "part"]
    search_fields = ["title"]
    filter_horizontal = ["objectives"]


@admin.register(StudyGroup)
class StudyGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "exam_date", "pass_target", "time_zone", "auto_publish"]
    filter_horizontal = ["members", "organizers"]

    def get_queryset(self, request):
        # An organizer manages the groups they organize, not every group on the site.
        groups = super().get_queryset(request)
        return groups if request.user.is_superuser else groups.filter(organizers=request.user)
