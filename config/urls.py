from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from config import accounts, views

admin.site.site_header = "DCA Study Hall administration"
admin.site.site_title = "DCA Study Hall admin"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/login/", accounts.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("", include("notes.urls")),
    path("", include("quizzes.urls")),
    path("admin/", admin.site.urls),
]
