"""The sources whose spec links //spec:spec_links_conformance_test checks."""

def spec_sources(name = "spec_sources"):
    """Every .h and .cc of the package except tests, which hold deliberately wrong links."""
    native.filegroup(
        name = name,
        srcs = native.glob(
            [
                "*.h",
                "*.cc",
            ],
            exclude = ["*_test.cc"],
        ),
        visibility = ["//spec:__pkg__"],
    )
