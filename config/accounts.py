"""Login with throttling: a locked-out login is an ordinary form error, not a bare 403."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse


def lockout_message() -> str:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return (
        f"Too many failed login attempts for this username. For your security, logging in "
        f"is locked for {minutes} minutes. Try again later or ask your organizer to unlock it."
    )


class LoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update(autocomplete="username", autocapitalize="none")
        self.fields["password"].widget.attrs.update(autocomplete="current-password")


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True


def lockout_response(
    request: HttpRequest, original_response=None, credentials=None
) -> HttpResponse:
    """Called by django-axes when a login is refused: show the login form with the reason."""
    # An unbound form: binding it would run authenticate() again and count another failure.
    form = LoginForm(request, initial={"username": request.POST.get("username", "")})
    context = {"form": form, "lockout_error": lockout_message()}
    return TemplateResponse(request, "registration/login.html", context, status=429).render()
