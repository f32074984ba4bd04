from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project package: site-wide pages, production checks, the replica's signal hooks."""

    name = "sse_directory"
    verbose_name = "SSE Directory Thailand"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from . import checks, routers  # noqa: F401  (checks register themselves)

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(
                routers.public_data_changed, dispatch_uid=f"sse-replica-lsn-{id(signal)}"
            )
