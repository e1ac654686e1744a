"""embed_data: a cc_library that carries data files in the binary."""

def embed_data(name, srcs, namespace, visibility = None):
    """Makes `name` a cc_library exposing File(base_name) over `srcs`.

    The header is `<package>/<name>.h`.
    """
    native.genrule(
        name = name + "_gen",
        srcs = srcs,
        outs = [name + ".h", name + ".cc"],
        cmd = "$(location //tools:embed) --namespace=%s --header=$(location %s.h) --source=$(location %s.cc) $(SRCS)" % (namespace, name, name),
        tools = ["//tools:embed"],
    )
    native.cc_library(
        name = name,
        srcs = [name + ".cc"],
        hdrs = [name + ".h"],
        visibility = visibility,
    )
