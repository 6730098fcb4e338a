from django import forms

from notes.models import Chapter


class ChapterChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Chapter) -> str:
        return f"{obj.number}. {obj.title}"


class NoteForm(forms.Form):
    title = forms.CharField(
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"required": "Give the note a title."},
    )
    chapters = ChapterChoiceField(
        queryset=Chapter.objects.select_related("book").order_by("number"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Which chapters of the book this note covers.",
    )
    body = forms.CharField(
        required=False,
        strip=False,
        max_length=2_000_000,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "true"}),
        help_text="Markdown: headings, lists, **bold**, `code`, tables, ``` code blocks.",
    )
    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_title(self) -> str:
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError("Give the note a title.", code="required")
        return title

    def clean_body(self) -> str:
        return self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label="Files",
        help_text="One or more .md, .markdown or .txt files, or a .zip of them.",
        widget=MultipleFileInput(attrs={"accept": ".md,.markdown,.txt,.zip"}),
    )
    chapter = forms.ModelChoiceField(
        queryset=Chapter.objects.order_by("number"),
        required=False,
        empty_label="From the file names (README-08-….md → chapter 8)",
        help_text="Override the chapter for every file.",
    )
