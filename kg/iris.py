"""Namespace IRIs as plain strings, importable without rdflib.

``kg.namespaces`` builds rdflib namespaces from these; code on the fast path of ``kg ask``
(which must not pay for importing rdflib) uses them directly.  A test checks that every
term used is declared in ``ontology/kg.ttl``.
"""

BASE = "https://w3id.org/govkg/"
KG = BASE + "ontology#"
DATA = BASE + "id/"
DOCTYPE = BASE + "doctype/"
ORG = "http://www.w3.org/ns/org#"
ELI = "http://data.europa.eu/eli/ontology#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "kg": KG, "kgd": DATA, "kgt": DOCTYPE, "org": ORG, "eli": ELI, "dcterms": DCTERMS, "skos": SKOS,
    "prov": PROV, "xsd": XSD, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "sh": SH,
}


def sparql_prefixes() -> str:
    """PREFIX declarations for every namespace, to put in front of a query."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())


# The entity network (kg.network): node types, most specific first, and the properties drawn
# as edges with their Chinese labels.  Kept here, as strings, so that both the rdflib-based
# drawing and the rdflib-free question answering share one definition.
NETWORK_NODE_TYPES: tuple[tuple[str, str], ...] = (
    (KG + "Report", "Report"), (KG + "ProblemSection", "Section"), (KG + "PlanSection", "Section"),
    (KG + "Section", "Section"), (KG + "Opening", "Opening"), (KG + "Measure", "Measure"),
    (KG + "Problem", "Problem"), (KG + "Plan", "Plan"), (KG + "Document", "Document"),
    (KG + "Enterprise", "Enterprise"), (KG + "Institution", "Institution"), (KG + "GovernmentBody", "GovernmentBody"),
    (ORG + "Organization", "GovernmentBody"), (KG + "Person", "Person"), (KG + "Figure", "Figure"),
)
NETWORK_EDGES: tuple[tuple[str, str], ...] = (
    (KG + "parentSection", "上级章节"), (KG + "subsection", "所属节"), (KG + "section", "所属章"),
    (KG + "opening", "开头"), (KG + "issues", "制发"), (KG + "follows", "遵循"), (KG + "cites", "引用"),
    (KG + "mentions", "提到"), (KG + "figureOf", "所属"), (ORG + "hasSubOrganization", "下设"),
    (KG + "signer", "签发人"), (KG + "issuedBy", "发文机关"), (KG + "recipient", "主送机关"),
)
