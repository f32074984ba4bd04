"""/api/v1/: the router over the apps' viewsets, the OpenAPI schema and its docs page.

The API lives outside i18n_patterns; each view activates the language of `?lang=` itself.
"""

from django.http import JsonResponse
from django.urls import include, path, re_path
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from curation.language import LANGUAGES
from orgs.api import ProvinceViewSet, RegionViewSet, SDGViewSet, ThemeViewSet
from programs.api import EventViewSet, ProgrammeViewSet
from programs.organisations import OrganisationViewSet

router = DefaultRouter()
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("programmes", ProgrammeViewSet, basename="programme")
router.register("events", EventViewSet, basename="event")
router.register("regions", RegionViewSet, basename="region")
router.register("provinces", ProvinceViewSet, basename="province")
router.register("themes", ThemeViewSet, basename="theme")
router.register("sdgs", SDGViewSet, basename="sdg")


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 schema, in English unless `?lang=th`."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        lang = request.GET.get("lang")
        translation.activate(lang if lang in LANGUAGES else "en")
        return super().get(request, *args, **kwargs)


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI from drf-spectacular-sidecar: every file served by this site."""

    url_name = "api:schema"
    template_name = "api/swagger_ui.html"


def not_found(request, *args, **kwargs):
    return JsonResponse({"detail": _("Not found.")}, status=404)


urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", DocsView.as_view(), name="docs"),
    path("", include(router.urls)),
    re_path(r".*", not_found),
]
