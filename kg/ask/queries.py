"""The SPARQL behind each kind of question.  User values are variables bound at run time.

Each template projects every variable that may be bound (Oxigraph substitutes only projected
variables), and leaves sorting by section path to Python, where 1.3.10 sorts after 1.3.9.
"""

from __future__ import annotations

_UNIT_VARS = "?unit ?class ?path ?label ?text ?quote ?marker ?begin ?end ?file ?report"
# Columns every text unit answer needs: its classes, path, label, full text and source quote.
_UNIT_COLUMNS = """
  ?unit a ?class .
  OPTIONAL { ?unit kg:path ?path }
  OPTIONAL { ?unit rdfs:label ?label }
  OPTIONAL { ?unit kg:text ?text }
  OPTIONAL { ?unit kg:quote ?quoted }
  OPTIONAL { ?unit kg:marker ?marker }
  BIND(COALESCE(?quoted, CONCAT(COALESCE(?marker, ""), ?text)) AS ?quote)
  OPTIONAL { ?unit kg:beginOffset ?begin }
  OPTIONAL { ?unit kg:endOffset ?end }
  OPTIONAL { ?unit prov:wasDerivedFrom/rdfs:label ?file }
  OPTIONAL { ?unit kg:inReport ?report }"""

CITING = """
SELECT ?target """ + _UNIT_VARS + """ ?evidence ?usage WHERE {
  ?unit kg:cites ?target .""" + _UNIT_COLUMNS + """
  OPTIONAL {
    ?mention kg:mentionOf ?target ; kg:inUnit ?unit ; kg:quote ?evidence .
    OPTIONAL { ?mention kg:usage/skos:prefLabel ?usage FILTER (lang(?usage) = "zh") }
  }
}"""

MENTIONS = """
SELECT ?target """ + _UNIT_VARS + """ ?evidence ?usage WHERE {
  # A subquery, so that the store finds the few units first and joins the columns to them.
  { SELECT DISTINCT ?target ?unit WHERE { { ?unit kg:mentions ?target } UNION { ?m kg:mentionOf ?target ; kg:inUnit ?unit } } }""" + _UNIT_COLUMNS + """
  OPTIONAL { ?mention kg:mentionOf ?target ; kg:inUnit ?unit ; kg:quote ?evidence }
}"""

DOCUMENT = """
SELECT ?document ?class ?label ?title ?number ?issuerCode ?year ?serial ?typeZh ?typeEn WHERE {
  ?document a ?class .
  OPTIONAL { ?document rdfs:label ?label }
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document kg:documentNumber ?number }
  OPTIONAL { ?document kg:issuerCode ?issuerCode }
  OPTIONAL { ?document kg:documentYear ?year }
  OPTIONAL { ?document kg:serialNumber ?serial }
  OPTIONAL { ?document kg:documentType/skos:prefLabel ?typeZh FILTER (lang(?typeZh) = "zh") }
  OPTIONAL { ?document kg:documentType/skos:prefLabel ?typeEn FILTER (lang(?typeEn) = "en") }
}"""

SECTION_ITEMS = """
SELECT ?sectionPath ?section ?heading """ + _UNIT_VARS + """ WHERE {
  ?section a kg:Section ; kg:path ?sectionPath .
  OPTIONAL { ?section kg:heading ?heading }
  { ?unit kg:section ?section } UNION { ?unit kg:subsection ?section }
  VALUES ?class { kg:Measure kg:Problem kg:Plan }""" + _UNIT_COLUMNS + """
}"""

# A section's heading and its subsections' headings, for the summary of a section answer.
SECTION_HEADINGS = """
SELECT ?sectionPath ?heading ?subPath ?subHeading ?report WHERE {
  ?section a kg:Section ; kg:path ?sectionPath ; kg:inReport ?report .
  OPTIONAL { ?section kg:heading ?heading }
  OPTIONAL { ?sub kg:parentSection ?section ; kg:path ?subPath . OPTIONAL { ?sub kg:heading ?subHeading } }
}"""


def _items_of_class(cls: str) -> str:
    return ("\nSELECT " + _UNIT_VARS + " ?heading WHERE {\n  ?unit a " + cls + " ."
            + _UNIT_COLUMNS + "\n  OPTIONAL { ?unit kg:section/kg:heading ?heading }\n}")


PROBLEMS = _items_of_class("kg:Problem")
PLANS = _items_of_class("kg:Plan")

REPORT = """
SELECT ?report ?label ?title ?number ?date ?year ?reviewed ?signer ?signerLabel ?issuer ?issuerLabel ?recipient
       ?recipientLabel ?speaker ?speakerLabel ?role ?occasion ?published WHERE {
  ?report a kg:Report .
  OPTIONAL { ?report rdfs:label ?label }
  OPTIONAL { ?report dcterms:title ?title }
  OPTIONAL { ?report kg:documentNumber ?number }
  OPTIONAL { ?report kg:signedOn|kg:deliveredOn ?date }
  OPTIONAL { ?report kg:reportYear ?year }
  OPTIONAL { ?report kg:reviewedYear ?reviewed }
  OPTIONAL { ?report kg:signer ?signer OPTIONAL { ?signer rdfs:label ?signerLabel } }
  OPTIONAL { ?report kg:issuedBy ?issuer OPTIONAL { ?issuer rdfs:label ?issuerLabel } }
  OPTIONAL { ?report kg:recipient ?recipient OPTIONAL { ?recipient rdfs:label ?recipientLabel } }
  OPTIONAL { ?report kg:speaker ?speaker OPTIONAL { ?speaker rdfs:label ?speakerLabel } }
  OPTIONAL { ?report kg:speakerRole ?role }
  OPTIONAL { ?report kg:occasion ?occasion }
  OPTIONAL { ?report kg:publishedOn ?published }
}"""

# The header spans (签发人, 文号, 落款日期 …) each fact was read from.
REPORT_SOURCES = """
SELECT ?report ?rule ?quote ?begin WHERE {
  ?report a kg:Report .
  ?mention kg:inUnit ?report ; kg:rule ?rule ; kg:quote ?quote .
  OPTIONAL { ?mention kg:beginOffset ?begin }
  FILTER (STRSTARTS(?rule, "header."))
}"""

# (field id, column with the value, column with its IRI or None, rules of its source span, type name)
REPORT_FIELDS: tuple[tuple[str, str, str | None, tuple[str, ...], str], ...] = (
    ("signer", "signerLabel", "signer", ("header.signer",), "Person"),
    ("issuer", "issuerLabel", "issuer", ("header.issuer",), "GovernmentBody"),
    ("speaker", "speakerLabel", "speaker", ("header.speaker", "header.caption-speaker", "header.file-name.speaker"),
     "Person"),
    ("role", "role", None, ("header.speaker", "header.caption-speaker", "header.file-name.speaker"), "Role"),
    ("recipient", "recipientLabel", "recipient", ("header.recipient",), "GovernmentBody"),
    ("date", "date", None, ("header.signed", "header.delivered", "header.written"), "Date"),
    ("published", "published", None, ("header.published",), "Date"),
    ("occasion", "occasion", None, ("header.occasion", "header.file-name.occasion"), "Occasion"),
    ("number", "number", None, ("header.number",), "DocumentNumber"),
    ("title", "title", None, ("header.title",), "Title"),
    ("year", "year", None, ("header.year",), "Year"),
    ("reviewed", "reviewed", None, ("header.reviewed-year",), "Year"),
)

# Every entity of a class the reports name, with how often and the first words naming it.
LIST_NAMED = """
SELECT ?class ?entity ?label ?report (COUNT(DISTINCT ?mention) AS ?count) (MIN(?quote) AS ?source) WHERE {
  ?entity a ?class ; rdfs:label ?label .
  ?mention kg:mentionOf ?entity ; kg:inReport ?report .
  OPTIONAL { ?mention kg:quote ?quote }
}
GROUP BY ?class ?entity ?label ?report
ORDER BY DESC(?count) STR(?label)"""

# Every document the reports cite (creative works are not documents), by title where it has one.
# Documents cited by their title in 《》 first: a name read without them (六年行动方案) is less sure.
LIST_DOCUMENTS = """
SELECT ?entity ?label ?title ?number ?report ?titleRule (COUNT(DISTINCT ?unit) AS ?count) WHERE {
  ?unit kg:cites ?entity ; kg:inReport ?report .
  FILTER NOT EXISTS { ?entity a kg:Report }
  OPTIONAL { ?entity rdfs:label ?label }
  OPTIONAL { ?entity dcterms:title ?title }
  OPTIONAL { ?entity kg:documentNumber ?number }
  BIND(EXISTS { ?mention kg:mentionOf ?entity ; kg:rule ?titleRule } AS ?bracketed)
}
GROUP BY ?entity ?label ?title ?number ?report ?titleRule ?bracketed
ORDER BY DESC(?bracketed) DESC(?count) STR(?label)"""

TOP_DOCUMENTS = """
SELECT ?document ?label ?number (COUNT(DISTINCT ?unit) AS ?count) (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
  ?unit kg:cites ?document .
  FILTER NOT EXISTS { ?document a kg:Report }
  OPTIONAL { ?mention kg:mentionOf ?document }
  OPTIONAL { ?document rdfs:label ?label }
  OPTIONAL { ?document kg:documentNumber ?number }
}
GROUP BY ?document ?label ?number
ORDER BY DESC(?count) STR(?label)"""

TOP_MEASURES = """
SELECT ?unit ?path ?label ?text ?quote (COUNT(DISTINCT ?document) AS ?count)
       (GROUP_CONCAT(DISTINCT ?documentLabel; separator=" | ") AS ?documents) WHERE {
  ?unit a kg:Measure ; kg:cites ?document .
  OPTIONAL { ?document rdfs:label ?documentLabel }
  OPTIONAL { ?unit kg:path ?path }
  OPTIONAL { ?unit rdfs:label ?label }
  OPTIONAL { ?unit kg:text ?text }
  OPTIONAL { ?unit kg:quote ?quoted }
  OPTIONAL { ?unit kg:marker ?marker }
  BIND(COALESCE(?quoted, CONCAT(COALESCE(?marker, ""), ?text)) AS ?quote)
}
GROUP BY ?unit ?path ?label ?text ?quote
ORDER BY DESC(?count) STR(?path)"""

TOP_ORGANISATIONS = """
SELECT ?org ?label (COUNT(DISTINCT ?mention) AS ?count) (COUNT(DISTINCT ?unit) AS ?units)
       (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes) (SAMPLE(?quote) AS ?source) WHERE {
  ?org a org:Organization ; a ?class .
  ?mention kg:mentionOf ?org ; kg:inUnit ?unit .
  OPTIONAL { ?mention kg:quote ?quote }
  OPTIONAL { ?org rdfs:label ?label }
}
GROUP BY ?org ?label
ORDER BY DESC(?count) STR(?label)"""

NODE_INFO = """
SELECT ?node ?class ?label ?path WHERE {
  ?node a ?class .
  OPTIONAL { ?node rdfs:label ?label }
  OPTIONAL { ?node kg:path ?path }
}"""

# The figure a figures answer starts with, with its columns (the answer's --sparql).
FIGURE_BY_IRI = """
SELECT ?figure ?label ?value ?unitWord ?quote ?phrase ?unit ?path ?text ?report WHERE {
  ?figure a kg:Figure ; kg:value ?value .
  OPTIONAL { ?figure rdfs:label ?label }
  OPTIONAL { ?figure kg:unit ?unitWord }
  OPTIONAL { ?figure kg:quote ?quote }
  OPTIONAL { ?figure kg:phrase ?phrase }
  OPTIONAL { ?figure kg:inReport ?report }
  OPTIONAL { ?figure kg:figureOf ?unit . OPTIONAL { ?unit kg:path ?path } OPTIONAL { ?unit kg:text ?text } }
}"""

UNIT_SOURCE = """
SELECT ?unit ?path ?text ?quote WHERE {
  OPTIONAL { ?unit kg:path ?path }
  OPTIONAL { ?unit kg:text ?text }
  OPTIONAL { ?unit kg:quote ?quoted }
  OPTIONAL { ?unit kg:marker ?marker }
  BIND(COALESCE(?quoted, CONCAT(COALESCE(?marker, ""), ?text)) AS ?quote)
}"""

# Names for the examples shown when a question is not understood: the most cited document
# (by number if any document has one, else by 《title》), the most mentioned organisation (enterprises first) and the most frequent figure phrase.
EXAMPLE_NAMES = """
SELECT ?kind ?name WHERE {
  {
    SELECT ("document" AS ?kind) (COALESCE(?number, CONCAT("《", ?title, "》")) AS ?name) (COUNT(DISTINCT ?unit) AS ?n) WHERE {
      ?unit kg:cites ?d . OPTIONAL { ?d kg:documentNumber ?number } OPTIONAL { ?d dcterms:title ?title }
      FILTER (BOUND(?number) || BOUND(?title))
    } GROUP BY ?number ?title ORDER BY DESC(BOUND(?number)) DESC(?n) STR(?title) LIMIT 1
  } UNION {
    SELECT ("organisation" AS ?kind) ?name (COUNT(DISTINCT ?unit) AS ?n) WHERE {
      ?unit kg:mentions ?o . ?o rdfs:label ?name . OPTIONAL { ?o a kg:Enterprise . BIND(1 AS ?enterprise) }
    } GROUP BY ?name ?enterprise ORDER BY DESC(BOUND(?enterprise)) DESC(?n) STR(?name) LIMIT 1
  } UNION {
    SELECT ("phrase" AS ?kind) ?name (COUNT(?f) AS ?n) WHERE { ?f kg:phrase ?name FILTER (STRLEN(?name) >= 3) }
    GROUP BY ?name ORDER BY DESC(?n) STR(?name) LIMIT 1
  }
}"""
