from django import forms
from django.forms import inlineformset_factory

from notes.models import Domain, Objective
from quizzes.models import Card, Choice, Question, QuestionKind


class _Curate(forms.ModelForm):
    domain = forms.ModelChoiceField(queryset=Domain.objects.order_by("code"), required=False)
    objective = forms.ModelChoiceField(
        queryset=Objective.objects.select_related("domain").order_by("code"), required=False
    )

    def clean(self):
        data = super().clean()
        objective = data.get("objective")
        if objective and data.get("domain") and objective.domain_id != data["domain"].pk:
            self.add_error("objective", "This objective belongs to another domain.")
        return data


class CardForm(_Curate):
    class Meta:
        model = Card
        fields = ["kind", "front", "back", "explanation", "domain", "objective"]
        widgets = {
            "front": forms.Textarea(attrs={"rows": 3}),
            "back": forms.Textarea(attrs={"rows": 3}),
            "explanation": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        data = super().clean()
        front, back = (data.get("front") or "").strip(), (data.get("back") or "").strip()
        if back and front and back.lower() in front.lower() and data.get("kind") != "cloze":
            self.add_error("front", "The answer appears in the question; members would see it.")
        return data


class QuestionForm(_Curate):
    class Meta:
        model = Question
        fields = ["kind", "stem", "explanation", "domain", "objective"]
        widgets = {
            "stem": forms.Textarea(attrs={"rows": 3}),
            "explanation": forms.Textarea(attrs={"rows": 3}),
        }


class _ChoiceFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("text", "").strip()
        ]
        correct = sum(1 for data in kept if data.get("correct"))
        texts = [data["text"].strip().lower() for data in kept]
        if len(kept) < 3:
            raise forms.ValidationError("A question needs at least 3 options.")
        if len(set(texts)) != len(texts):
            raise forms.ValidationError("Two options have the same text.")
        kind = self.instance.kind if self.instance else QuestionKind.SINGLE
        if kind == QuestionKind.SINGLE and correct != 1:
            raise forms.ValidationError(
                "A single-answer question needs exactly one correct option."
            )
        if kind == QuestionKind.CHOOSE_N and not 2 <= correct < len(kept):
            raise forms.ValidationError(
                "A choose-N question needs two or more correct options and at least one wrong."
            )


ChoiceFormSet = inlineformset_factory(
    Question,
    Choice,
    formset=_ChoiceFormSet,
    fields=["text", "correct"],
    extra=1,
    can_delete=True,
    widgets={"text": forms.TextInput(attrs={"autocomplete": "off"})},
)
