"""The demo case in Dutch: every text of ``data`` and ``stewardship_data`` with its Dutch twin.

The case is written once, in English, as plain specs; a Dutch build (``build_demo(db,
lang="nl")``) writes the same records with the same ids, only each text replaced by its
entry here as it is inserted (``records.insert_once``). So the structure of both cases is
identical by construction. Names of people, companies and initiatives read the same in
both languages and are left out (``tests/services/demo`` checks that every other text has
its twin). The documents kept as evidence keep their English pages: they are the
companies' own letters and releases.
"""

from __future__ import annotations

#: English text → Dutch text.
NL: dict[str, str] = {
    "Mica supply chain": "Micaketen",
    ("Child labour and low wages in mica mining (automotive)"): (
        "Kinderarbeid en lage lonen in de mica-winning (automotive)"
    ),
    (
        "Collective engagement under the Dutch covenant on international responsible investment"
        " by pension funds. Seven pension funds, through their asset managers, work with Save "
        "the Children, Terre des Hommes, FNV and the Ministry of Foreign Affairs, supported by "
        "the SER secretariat, to make a car maker and one of its direct suppliers aware of the "
        "worst forms of child labour and low wages in the mica supply chain (India, "
        "Madagascar), and to have them address it."
    ): (
        "Collectief engagement onder het IMVB-convenant voor pensioenfondsen. Zeven "
        "pensioenfondsen werken via hun vermogensbeheerders samen met Save the Children, Terre "
        "des Hommes, FNV en het ministerie van Buitenlandse Zaken, ondersteund door het SER-"
        "secretariaat, om een autofabrikant en een van zijn directe toeleveranciers bewust te "
        "maken van de ergste vormen van kinderarbeid en van lage lonen in de micaketen (India, "
        "Madagaskar), en hen die te laten aanpakken."
    ),
    (
        "February 2020. Terre des Hommes research: about 30,000 children work in mica mines in "
        "India and about 11,000 in Madagascar. Velora Automotive has mapped mica in its paints "
        "and coatings only, has no staff dedicated to mica, is not a member of the Responsible "
        "Mica Initiative, and mica does not appear in its human-rights risk assessment. The "
        "tier-1 supplier is still to be chosen. Mica hardly features in the sector's joint raw-"
        "materials work."
    ): (
        "Februari 2020. Onderzoek van Terre des Hommes: in India werken ongeveer 30.000 "
        "kinderen in micamijnen, in Madagaskar ongeveer 11.000. Velora Automotive heeft mica "
        "alleen in haar lakken en coatings in kaart gebracht, heeft geen medewerkers die zich "
        "specifiek met mica bezighouden, is geen lid van het Responsible Mica Initiative, en "
        "mica komt niet voor in haar risicoanalyse op het gebied van mensenrechten. De tier "
        "1-leverancier moet nog worden gekozen. In het gezamenlijke grondstoffenwerk van de "
        "sector speelt mica nauwelijks een rol."
    ),
    "Supply chain": "Toeleveringsketen",
    (
        "Some problems hide deep in the supply chain. Companies know little about where mica "
        "comes from, and because it is used in small amounts in many parts, child labour does "
        "not show up in individual companies' risk analyses, while it is a serious collective "
        "problem for every sector that uses mica."
    ): (
        "Sommige problemen zitten diep in de keten verborgen. Bedrijven weten weinig over de "
        "herkomst van mica, en omdat het in kleine hoeveelheden in veel onderdelen wordt "
        "gebruikt, komt kinderarbeid niet naar voren in de risicoanalyses van afzonderlijke "
        "bedrijven, terwijl het voor elke sector die mica gebruikt een ernstig collectief "
        "probleem is."
    ),
    "Topic selection": "Keuze van het onderwerp",
    (
        "Choose a topic with strong relevance when you start a dialogue: the worst forms of "
        "child labour in a widely used but little-known mineral made the case urgent and "
        "concrete."
    ): (
        "Kies bij de start van een dialoog een onderwerp met een duidelijke urgentie: de ergste"
        " vormen van kinderarbeid in een veelgebruikt maar weinig bekend mineraal maakten de "
        "casus urgent en concreet."
    ),
    "Company selection": "Keuze van de bedrijven",
    (
        "Select companies that are strategically placed in the chain. A consumer-facing car "
        "maker is exposed to reputational risk and more receptive; a customer-driven supplier "
        "moves when its customers ask, so investors reach suppliers through the car makers they"
        " invest in."
    ): (
        "Kies bedrijven met een strategische positie in de keten. Een autofabrikant die "
        "rechtstreeks aan consumenten levert, loopt reputatierisico en staat meer open voor de "
        "dialoog; een leverancier beweegt wanneer zijn klanten daarom vragen, dus beleggers "
        "bereiken leveranciers via de autofabrikanten waarin zij beleggen."
    ),
    (
        "Companies work in different cultural and regulatory settings: human-rights due "
        "diligence rules are growing fast in Europe, while the North-American approach is "
        "traditionally focused on compliance."
    ): (
        "Bedrijven werken in verschillende culturele en juridische omgevingen: de regels voor "
        "due diligence op het gebied van mensenrechten ontwikkelen zich in Europa snel, terwijl"
        " de Noord-Amerikaanse aanpak traditioneel gericht is op compliance."
    ),
    (
        "Work multi-stakeholder and use each other's networks and expertise: the NGOs brought "
        "field research, the union its contacts, the ministry the policy context, the investors"
        " their leverage."
    ): (
        "Werk samen met verschillende partijen en benut elkaars netwerken en expertise: de "
        "ngo's brachten veldonderzoek in, de vakbond haar contacten, het ministerie de "
        "beleidscontext en de beleggers hun invloed."
    ),
    (
        "Be creative in exercising influence: besides direct dialogue, investors can work "
        "through industry platforms and initiatives such as Drive Sustainability and RMI, and "
        "through regulators."
    ): (
        "Wees creatief in het uitoefenen van invloed: naast de directe dialoog kunnen beleggers"
        " werken via brancheplatforms en initiatieven als Drive Sustainability en RMI, en via "
        "toezichthouders."
    ),
    "Two-way dialogue": "Dialoog in twee richtingen",
    (
        "Engagement goes both ways. Asking the car maker what we could do led to the Drive "
        "Sustainability session; engagement is a shared responsibility to reduce and remedy "
        "serious human-rights harm."
    ): (
        "Engagement werkt in twee richtingen. De vraag aan de autofabrikant wat wij konden "
        "doen, leidde tot de sessie bij Drive Sustainability; engagement is een gedeelde "
        "verantwoordelijkheid om ernstige schade aan mensenrechten te beperken en te "
        "herstellen."
    ),
    (
        "Timing matters. Receptiveness depends on the public debate of the moment: there was "
        "some awareness of mica, more pressure was needed to speed up action, and the car "
        "maker's leading position helped."
    ): (
        "Timing is belangrijk. De ontvankelijkheid hangt af van het publieke debat van het "
        "moment: er was enig besef van het micaprobleem, er was meer druk nodig om de aanpak te"
        " versnellen, en de leidende positie van de autofabrikant hielp."
    ),
    "Impact measurement": "Impactmeting",
    (
        "Impact is almost impossible to measure in the short term and hard to separate from "
        "other factors. Start monitoring at the beginning, with a baseline, and give the "
        "engagement enough time."
    ): (
        "Impact is op korte termijn vrijwel niet te meten en moeilijk los te zien van andere "
        "factoren. Begin aan het begin met monitoren, met een nulmeting, en geef het engagement"
        " voldoende tijd."
    ),
    "Knowledge sharing": "Kennisdeling",
    ("Share the knowledge and lessons learned in your network, so others can build on them."): (
        "Deel de kennis en de geleerde lessen in uw netwerk, zodat anderen erop kunnen voortbouwen."
    ),
    (
        "RMI public webinar on its 2021 workplan: Velora announced as a new member. Good hook "
        "for the Drive Sustainability session in June."
    ): (
        "Openbaar webinar van RMI over het werkplan 2021: Velora aangekondigd als nieuw lid. "
        "Goed aanknopingspunt voor de sessie bij Drive Sustainability in juni."
    ),
    "RMI webinar (online)": "Webinar van RMI (online)",
    (
        "Spoke with sourcing staff of two car makers at the responsible minerals session: both "
        "know RMI, neither has mapped mica beyond paint. One asked for the recording of the "
        "Drive Sustainability session. Ask Velora whether it will share its supplier "
        "questionnaire on mica."
    ): (
        "Bij de sessie over verantwoorde mineralen gesproken met inkopers van twee "
        "autofabrikanten: beiden kennen RMI, geen van beiden heeft mica buiten de lak in kaart "
        "gebracht. Een van hen vroeg om de opname van de sessie bij Drive Sustainability. "
        "Velora vragen of zij haar vragenlijst over mica voor leveranciers wil delen."
    ),
    "Responsible minerals conference, Paris": "Conferentie over verantwoorde mineralen, Parijs",
    ("Idea: ask Drive Sustainability for a short update on mica at its next general assembly."): (
        "Idee: Drive Sustainability vragen om op de volgende algemene vergadering kort stil te "
        "staan bij mica."
    ),
    ("Working group kick-off: mica in the car industry"): (
        "Startbijeenkomst van de werkgroep: mica in de auto-industrie"
    ),
    "SER, Bezuidenhoutseweg 60, The Hague": "SER, Bezuidenhoutseweg 60, Den Haag",
    ("Welcome, introductions and the covenant's case criteria"): (
        "Welkom, kennismaking en de criteria van het convenant voor een casus"
    ),
    (
        "The case meets the covenant's criteria: severe harm, added value of joint work, "
        "fundamental rights (child labour), instructive for the sector."
    ): (
        "De casus voldoet aan de criteria van het convenant: ernstige schade, toegevoegde "
        "waarde van samenwerking, fundamentele rechten (kinderarbeid) en leerzaam voor de "
        "sector."
    ),
    ("Confirmed as a deep-track case of the covenant."): (
        "Bevestigd als verdiepende casus van het convenant."
    ),
    "Mica supply chain: what field research shows": "De micaketen: wat veldonderzoek laat zien",
    (
        "Mica is mined by hand in India and Madagascar; about 30,000 and 11,000 children work "
        "in the mines. China imports and processes most of it, which hides the origin. In cars "
        "mica sits in paint, electrical parts, insulation and brake linings: up to 15,000 parts"
        " contain small amounts."
    ): (
        "Mica wordt in India en Madagaskar met de hand gewonnen; ongeveer 30.000 en 11.000 "
        "kinderen werken in de mijnen. China importeert en verwerkt het grootste deel, waardoor"
        " de herkomst uit het zicht raakt. In auto's zit mica in lak, elektrische onderdelen, "
        "isolatie en remvoeringen: tot 15.000 onderdelen bevatten kleine hoeveelheden."
    ),
    "Shared understanding of the risks.": "Gedeeld beeld van de risico's.",
    ("Circulate the Terre des Hommes research to all members"): (
        "Het onderzoek van Terre des Hommes rondsturen aan alle leden"
    ),
    "Choice of companies to engage": "Keuze van de bedrijven voor de dialoog",
    (
        "Criteria: research and benchmarks, data providers' company reports, holdings of all "
        "funds, cultural distance and position in the sector. A consumer-facing car maker is "
        "more receptive to reputational risk; a direct supplier shows how far demand reaches "
        "down the chain."
    ): (
        "Criteria: onderzoek en benchmarks, bedrijfsrapporten van dataleveranciers, posities "
        "van alle fondsen, culturele afstand en positie in de sector. Een autofabrikant die "
        "rechtstreeks aan consumenten levert, is gevoeliger voor reputatierisico; een directe "
        "leverancier laat zien hoe ver de vraag in de keten doorwerkt."
    ),
    ("Velora Automotive first; a tier-1 supplier within a year."): (
        "Eerst Velora Automotive; binnen een jaar een tier 1-leverancier."
    ),
    (
        "Engage Velora Automotive first as a leading consumer-facing car maker; select a tier-1"
        " supplier within a year."
    ): (
        "Eerst de dialoog aangaan met Velora Automotive als toonaangevende autofabrikant die "
        "rechtstreeks aan consumenten levert; binnen een jaar een tier 1-leverancier kiezen."
    ),
    ("Draft the engagement letter to Velora Automotive"): (
        "De engagementbrief aan Velora Automotive opstellen"
    ),
    "Baseline and monitoring": "Nulmeting en monitoring",
    (
        "Impact will be hard to show later unless monitoring starts now, with a baseline of "
        "what the companies do on mica today."
    ): (
        "Impact is later moeilijk aan te tonen als de monitoring niet nu begint, met een "
        "nulmeting van wat de bedrijven vandaag aan mica doen."
    ),
    ("Secretariat writes the baseline; objectives tracked on stages 0-4."): (
        "Het secretariaat schrijft de nulmeting; doelstellingen worden gevolgd op de schaal 0-4."
    ),
    (
        "Track every objective on the 0-4 milestone scale from the start, against a written "
        "baseline."
    ): (
        "Elke doelstelling vanaf het begin volgen op de mijlpalenschaal 0-4, ten opzichte van "
        "een schriftelijke nulmeting."
    ),
    ("Write the baseline note for the engagement file"): (
        "De notitie met de nulmeting voor het engagementdossier schrijven"
    ),
    ("First engagement call with Velora Automotive"): (
        "Eerste engagementgesprek met Velora Automotive"
    ),
    "Video call": "Videogesprek",
    "Introductions and purpose of the engagement": "Kennismaking en doel van het engagement",
    ("The group explained the covenant and why mica. Velora welcomed the collective approach."): (
        "De werkgroep lichtte het convenant toe en waarom mica. Velora verwelkomde de "
        "collectieve aanpak."
    ),
    ("Velora's mapping of mica in paints and coatings"): (
        "Velora's ketenanalyse van mica in lakken en coatings"
    ),
    (
        "Velora has traced mica in its paints and coatings with its paint suppliers back to the"
        " processors; beyond that the chain is not visible. No staff are dedicated to mica."
    ): (
        "Velora heeft mica in haar lakken en coatings samen met haar lakleveranciers "
        "teruggevolgd tot aan de verwerkers; verder is de keten niet zichtbaar. Er zijn geen "
        "medewerkers specifiek voor mica."
    ),
    ("Velora is aware of the issue; its mapping covers paint only."): (
        "Velora is zich bewust van het probleem; haar ketenanalyse betreft alleen lak."
    ),
    ("Mica beyond paint: electrical parts, insulation, brake linings"): (
        "Mica buiten de lak: elektrische onderdelen, isolatie, remvoeringen"
    ),
    (
        "Terre des Hommes showed where mica sits in a car beyond paint. Velora asked for the "
        "research."
    ): (
        "Terre des Hommes liet zien waar mica buiten de lak in een auto zit. Velora vroeg om "
        "het onderzoek."
    ),
    ("Velora will look at electrical components."): (
        "Velora gaat kijken naar elektrische componenten."
    ),
    ("Share the field research on mica in car components with Velora."): (
        "Het veldonderzoek naar mica in auto-onderdelen delen met Velora."
    ),
    ("Report and country briefs sent by e-mail on 24 June 2020."): (
        "Rapport en landenoverzichten per e-mail verstuurd op 24 juni 2020."
    ),
    "Dedicated capacity and membership of RMI": "Specifieke capaciteit en lidmaatschap van RMI",
    (
        "The group asked Velora to appoint dedicated capacity for responsible mica sourcing and"
        " to join the Responsible Mica Initiative."
    ): (
        "De werkgroep vroeg Velora om specifieke capaciteit aan te stellen voor verantwoorde "
        "inkoop van mica en lid te worden van het Responsible Mica Initiative."
    ),
    ("Velora commits to both, after internal approval."): (
        "Velora zegt beide toe, na interne goedkeuring."
    ),
    ("Appoint full-time capacity for responsible mica sourcing."): (
        "Voltijdse capaciteit aanstellen voor verantwoorde inkoop van mica."
    ),
    (
        "Velora's letter of 15 January 2021: Stefan Vogt appointed full-time Responsible Raw "
        "Materials Manager for mica as of 11 January 2021."
    ): (
        "Brief van Velora van 15 januari 2021: Stefan Vogt met ingang van 11 januari 2021 "
        "voltijds aangesteld als Responsible Raw Materials Manager voor mica."
    ),
    ("Join the Responsible Mica Initiative (RMI)."): (
        "Lid worden van het Responsible Mica Initiative (RMI)."
    ),
    ("Listed as an RMI member since March 2021; Velora press release of 22 March 2021."): (
        "Sinds maart 2021 vermeld als lid van RMI; persbericht van Velora van 22 maart 2021."
    ),
    "What can investors do?": "Wat kunnen beleggers doen?",
    (
        "Asked what the group can do. Velora: competitors are less aware, a level playing field"
        " is needed; it will come back with suggestions."
    ): (
        "Gevraagd wat de werkgroep kan doen. Velora: concurrenten zijn zich minder bewust van "
        "het probleem, er is een gelijk speelveld nodig; Velora komt met suggesties."
    ),
    ("Velora to suggest how the group can help."): (
        "Velora doet suggesties voor hoe de werkgroep kan helpen."
    ),
    "Schedule the autumn call with Velora": "Het gesprek met Velora in het najaar inplannen",
    (
        "Debrief after the call: Velora open and well prepared; Katrin Albers clearly has "
        "internal support. Push on RMI before the summer break, do not overload them with asks."
    ): (
        "Nabespreking na het gesprek: Velora open en goed voorbereid; Katrin Albers heeft "
        "duidelijk intern draagvlak. Vóór de zomer doorpakken op RMI, hen niet overladen met "
        "verzoeken."
    ),
    "Follow-up call with Velora Automotive": "Vervolggesprek met Velora Automotive",
    ("Progress on dedicated capacity and the RMI application"): (
        "Voortgang op specifieke capaciteit en de aanvraag bij RMI"
    ),
    (
        "A full-time responsible raw materials manager for mica has been recruited and starts "
        "in January. The RMI application is in; decision in Q1."
    ): (
        "Er is een voltijdse manager voor verantwoorde inkoop van mica geworven, die in januari"
        " begint. De aanvraag bij RMI is ingediend; besluit in het eerste kwartaal."
    ),
    "On track.": "Op schema.",
    "Level playing field: how the group can help": "Gelijk speelveld: hoe de werkgroep kan helpen",
    (
        "Velora suggested a session on the Drive Sustainability platform, where many European "
        "car makers are members, to motivate other car makers and suppliers to join RMI and to "
        "carry out due diligence on mica."
    ): (
        "Velora stelde een sessie voor op het platform van Drive Sustainability, waarbij veel "
        "Europese autofabrikanten zijn aangesloten, om andere autofabrikanten en leveranciers "
        "te motiveren lid te worden van RMI en due diligence op mica uit te voeren."
    ),
    ("The group will organise a Drive Sustainability event."): (
        "De werkgroep organiseert een bijeenkomst bij Drive Sustainability."
    ),
    (
        "The working group organises a member session on mica on the Drive Sustainability "
        "platform, with Velora sharing its experience."
    ): (
        "De werkgroep organiseert een ledensessie over mica op het platform van Drive "
        "Sustainability, waarin Velora haar ervaring deelt."
    ),
    (
        "Organise an event on the Drive Sustainability platform to bring other car makers and "
        "suppliers into RMI."
    ): (
        "Een bijeenkomst organiseren op het platform van Drive Sustainability om andere "
        "autofabrikanten en leveranciers bij RMI te betrekken."
    ),
    (
        "Member session held online on 8 June 2021 with participants from 11 car makers and 9 "
        "suppliers."
    ): (
        "Ledensessie online gehouden op 8 juni 2021 met deelnemers van 11 autofabrikanten en 9 "
        "leveranciers."
    ),
    ("Approach Drive Sustainability about a member session on mica"): (
        "Drive Sustainability benaderen over een ledensessie over mica"
    ),
    "Mica in electrical components": "Mica in elektrische componenten",
    (
        "Velora started a survey of its tier-1 suppliers of electrical components; the first "
        "answers show little knowledge of origin."
    ): (
        "Velora is een enquête begonnen onder haar tier 1-leveranciers van elektrische "
        "componenten; de eerste antwoorden tonen weinig kennis van de herkomst."
    ),
    "Velora will share the survey results.": "Velora deelt de resultaten van de enquête.",
    ("Share the results of the supplier survey on mica in electrical components."): (
        "De resultaten delen van de leveranciersenquête over mica in elektrische componenten."
    ),
    ("Presented by Stefan Vogt in the call of 17 May 2022."): (
        "Gepresenteerd door Stefan Vogt in het gesprek van 17 mei 2022."
    ),
    "Any other business": "Rondvraag",
    ("Next call after the Drive Sustainability session."): (
        "Volgend gesprek na de sessie bij Drive Sustainability."
    ),
    ("Working group: Drive Sustainability event and choice of supplier"): (
        "Werkgroep: bijeenkomst bij Drive Sustainability en keuze van de leverancier"
    ),
    "Velora: results so far": "Velora: resultaten tot nu toe",
    ("Full-time mica manager started on 11 January; RMI membership expected in March."): (
        "Voltijdse micamanager op 11 januari begonnen; lidmaatschap van RMI verwacht in maart."
    ),
    ("Drive Sustainability member session: programme and speakers"): (
        "Ledensessie bij Drive Sustainability: programma en sprekers"
    ),
    (
        "Drive Sustainability offers a 90-minute online member session in June. Proposed "
        "speakers: Terre des Hommes (field research), Velora (its experience), RMI (membership "
        "and tools)."
    ): (
        "Drive Sustainability biedt in juni een online ledensessie van 90 minuten aan. "
        "Voorgestelde sprekers: Terre des Hommes (veldonderzoek), Velora (haar ervaring), RMI "
        "(lidmaatschap en instrumenten)."
    ),
    "Programme agreed.": "Programma vastgesteld.",
    (
        "Hold the member session online on 8 June 2021 with Terre des Hommes, Velora and RMI as"
        " speakers."
    ): (
        "De ledensessie op 8 juni 2021 online houden, met Terre des Hommes, Velora en RMI als "
        "sprekers."
    ),
    ("Invite RMI to present membership and tools"): (
        "RMI uitnodigen om het lidmaatschap en de instrumenten toe te lichten"
    ),
    "Ask Velora to present its experience": "Velora vragen haar ervaring te presenteren",
    "Choice of a tier-1 supplier": "Keuze van een tier 1-leverancier",
    (
        "Three candidates compared on holdings, mica exposure and position in Velora's chain. "
        "Northgate Components supplies electrical components and brake parts to several car "
        "makers and is held by five of the seven funds."
    ): (
        "Drie kandidaten vergeleken op posities, blootstelling aan mica en plaats in de keten "
        "van Velora. Northgate Components levert elektrische componenten en remonderdelen aan "
        "verschillende autofabrikanten en zit in de portefeuille van vijf van de zeven fondsen."
    ),
    "Northgate Components selected.": "Northgate Components gekozen.",
    ("Engage Northgate Components as the tier-1 supplier of the case."): (
        "De dialoog aangaan met Northgate Components als tier 1-leverancier van de casus."
    ),
    ("Send the engagement letter to Northgate Components"): (
        "De engagementbrief aan Northgate Components versturen"
    ),
    "Round of members": "Ronde langs de leden",
    (
        "FNV: contacts with unions active in Indian mica areas. Ministry: EU proposal on due "
        "diligence expected this year."
    ): (
        "FNV: contacten met vakbonden die actief zijn in de Indiase micagebieden. Ministerie: "
        "EU-voorstel over due diligence dit jaar verwacht."
    ),
    ("Drive Sustainability member session: responsible mica sourcing"): (
        "Ledensessie bij Drive Sustainability: verantwoorde inkoop van mica"
    ),
    "Online (Drive Sustainability platform)": "Online (platform van Drive Sustainability)",
    "Opening: why investors care about mica": "Opening: waarom mica beleggers aangaat",
    (
        "Investors' expectations under the OECD Guidelines and the UN Guiding Principles; why a"
        " collective approach."
    ): (
        "Verwachtingen van beleggers op grond van de OESO-richtlijnen en de UN Guiding "
        "Principles; waarom een collectieve aanpak."
    ),
    "Child labour in mica mining: field research": "Kinderarbeid in de mica-winning: veldonderzoek",
    (
        "Low prices, no schools and drought keep families dependent on mica; few buyers reach "
        "the mines, so miners cannot negotiate."
    ): (
        "Lage prijzen, geen scholen en droogte houden gezinnen afhankelijk van mica; weinig "
        "afnemers komen tot bij de mijnen, dus mijnwerkers kunnen niet onderhandelen."
    ),
    ("A car maker's experience: from paint to all components"): (
        "De ervaring van een autofabrikant: van lak naar alle onderdelen"
    ),
    (
        "Velora explained how it moved from mapping paint to surveying its suppliers, and why "
        "it joined RMI."
    ): (
        "Velora lichtte toe hoe zij van het in kaart brengen van lak overging op een enquête "
        "onder haar leveranciers, en waarom zij lid werd van RMI."
    ),
    ("Joining RMI: membership, workplan and tools"): (
        "Lid worden van RMI: lidmaatschap, werkplan en instrumenten"
    ),
    (
        "Membership levels, the supply-chain mapping tool, community programmes in Jharkhand "
        "and Bihar."
    ): (
        "Soorten lidmaatschap, het instrument voor het in kaart brengen van de keten, "
        "gemeenschapsprogramma's in Jharkhand en Bihar."
    ),
    "Questions and next steps": "Vragen en vervolgstappen",
    (
        "Participants from 11 car makers and 9 suppliers. Two car makers asked RMI for a follow-up."
    ): (
        "Deelnemers van 11 autofabrikanten en 9 leveranciers. Twee autofabrikanten vroegen RMI "
        "om een vervolg."
    ),
    ("Drive Sustainability adds mica to its raw-materials work."): (
        "Drive Sustainability neemt mica op in haar grondstoffenwerk."
    ),
    ("Send the slides and a research summary to all participants"): (
        "De presentaties en een samenvatting van het onderzoek sturen aan alle deelnemers"
    ),
    ("First engagement call with Northgate Components"): (
        "Eerste engagementgesprek met Northgate Components"
    ),
    "Introductions and purpose": "Kennismaking en doel",
    "How Northgate manages mica in its supply chain": "Hoe Northgate mica in haar keten beheerst",
    (
        "Northgate's supplier code asks suppliers to map high-risk minerals; mica is only "
        "considered for paint-related products. There is no check that suppliers map. Customers"
        " have not asked about mica."
    ): (
        "De gedragscode van Northgate vraagt leveranciers om risicovolle mineralen in kaart te "
        "brengen; mica wordt alleen bekeken bij producten die met lak te maken hebben. Er wordt"
        " niet gecontroleerd of leveranciers dat doen. Klanten hebben niet naar mica gevraagd."
    ),
    ("Northgate is largely unaware that mica is in parts other than paint."): (
        "Northgate weet grotendeels niet dat mica ook in andere onderdelen dan lak zit."
    ),
    (
        "Map where mica is used beyond paint, across all product lines, and report the results "
        "to the working group."
    ): (
        "In kaart brengen waar mica buiten de lak wordt gebruikt, in alle productlijnen, en de "
        "resultaten aan de werkgroep rapporteren."
    ),
    ("Share NGO field research on mica in car components with Northgate."): (
        "Veldonderzoek van ngo's naar mica in auto-onderdelen delen met Northgate."
    ),
    (
        "Research by Terre des Hommes and Save the Children sent on 5 October 2021; receipt "
        "confirmed by Northgate."
    ): (
        "Onderzoek van Terre des Hommes en Save the Children verstuurd op 5 oktober 2021; "
        "ontvangst bevestigd door Northgate."
    ),
    ("Whistle-blower complaints about a mica processor"): (
        "Klachten van klokkenluiders over een micaverwerker"
    ),
    (
        "The group raised whistle-blower complaints about a processor in Northgate's chain. "
        "Northgate passed them to its supplier, had no answer and took no further steps."
    ): (
        "De werkgroep bracht klachten van klokkenluiders in over een verwerker in de keten van "
        "Northgate. Northgate gaf ze door aan haar leverancier, kreeg geen antwoord en ondernam"
        " geen verdere stappen."
    ),
    ("Northgate will respond to the complaints and report what it did."): (
        "Northgate reageert op de klachten en rapporteert wat zij heeft gedaan."
    ),
    (
        "Respond to the whistle-blower complaints and report the follow-up with the supplier "
        "concerned."
    ): (
        "Reageren op de klachten van klokkenluiders en rapporteren over de opvolging bij de "
        "betrokken leverancier."
    ),
    (
        "No report by the call of 4 October 2022; Northgate said the supplier had closed the "
        "matter, without an independent check."
    ): (
        "Geen rapportage vóór het gesprek van 4 oktober 2022; Northgate meldde dat de "
        "leverancier de zaak had afgesloten, zonder onafhankelijke toetsing."
    ),
    "Next steps": "Vervolgstappen",
    ("Written summary of the asks; follow-up call in 2022."): (
        "Schriftelijke samenvatting van de verzoeken; vervolggesprek in 2022."
    ),
    ("Send Northgate a written summary of the asks"): (
        "Northgate een schriftelijke samenvatting van de verzoeken sturen"
    ),
    (
        "Internal debrief: Northgate is customer- and compliance-driven and will move only if "
        "car makers ask. Its handling of the whistle-blower complaints may point to an "
        "ineffective whistle-blower mechanism."
    ): (
        "Interne nabespreking: Northgate wordt gedreven door klanten en compliance en beweegt "
        "alleen als autofabrikanten erom vragen. De afhandeling van de klachten wijst mogelijk "
        "op een klokkenluidersregeling die niet werkt."
    ),
    ("Working group: assessment of Northgate and escalation"): (
        "Werkgroep: beoordeling van Northgate en escalatie"
    ),
    "Internal assessment of Northgate Components": "Interne beoordeling van Northgate Components",
    (
        "Compliance-driven, waits for customers; no verification of suppliers' mapping; little "
        "action after the whistle-blower complaints."
    ): (
        "Gedreven door compliance, wacht op klanten; geen controle op de ketenanalyse van "
        "leveranciers; weinig actie na de klachten van klokkenluiders."
    ),
    ("Stage 1 on mapping and grievance handling: concern raised, not yet acknowledged."): (
        "Fase 1 voor ketenanalyse en klachtafhandeling: zorg geuit, nog niet erkend."
    ),
    "Escalation strategy for Northgate": "Escalatiestrategie voor Northgate",
    (
        "Options: a letter to the board, raising it through car-maker customers and Drive "
        "Sustainability, voting at the AGM."
    ): (
        "Mogelijkheden: een brief aan het bestuur, het onderwerp inbrengen via de "
        "autofabrikanten die klant zijn en via Drive Sustainability, stemmen op de "
        "aandeelhoudersvergadering."
    ),
    "Stepwise escalation agreed.": "Escalatie in stappen afgesproken.",
    (
        "If Northgate has not delivered its mica mapping by the end of Q2 2022, raise it with "
        "its car-maker customers through Velora and Drive Sustainability, then write to its "
        "board."
    ): (
        "Als Northgate haar ketenanalyse van mica niet uiterlijk eind tweede kwartaal 2022 "
        "heeft geleverd, dit aankaarten bij haar klanten onder de autofabrikanten via Velora en"
        " Drive Sustainability, en daarna het bestuur aanschrijven."
    ),
    ("Ask Velora whether its supplier requirements for Northgate cover mica"): (
        "Velora vragen of haar eisen aan Northgate als leverancier ook mica omvatten"
    ),
    ("Prepare a draft letter to Northgate's board"): (
        "Een conceptbrief aan het bestuur van Northgate voorbereiden"
    ),
    "Velora: preparing the next call": "Velora: voorbereiding van het volgende gesprek",
    ("Ask for the survey results and the next step in mapping."): (
        "Vragen naar de resultaten van de enquête en de volgende stap in de ketenanalyse."
    ),
    "Call planned for May 2022.": "Gesprek gepland voor mei 2022.",
    "Schedule the spring call with Velora": "Het gesprek met Velora in het voorjaar inplannen",
    "Reporting to the covenant": "Rapportage aan het convenant",
    ("Annual progress report due in January."): (
        "Jaarlijkse voortgangsrapportage verwacht in januari."
    ),
    ("Write the annual progress report on the case"): (
        "De jaarlijkse voortgangsrapportage over de casus schrijven"
    ),
    "Progress call with Velora Automotive": "Voortgangsgesprek met Velora Automotive",
    "Results of the supplier survey on mica": "Resultaten van de leveranciersenquête over mica",
    (
        "240 tier-1 suppliers surveyed; 61 report mica in their parts (electrical, insulation, "
        "brake linings, coatings). Origin known for about a third."
    ): (
        "240 tier 1-leveranciers ondervraagd; 61 melden mica in hun onderdelen (elektrisch, "
        "isolatie, remvoeringen, coatings). Herkomst bekend voor ongeveer een derde."
    ),
    ("Mapping now goes beyond paint; origin still largely unknown."): (
        "De ketenanalyse gaat nu verder dan lak; de herkomst is grotendeels nog onbekend."
    ),
    (
        "Add mica to the supplier sustainability requirements and ask tier-1 suppliers that use"
        " mica to join RMI or an equivalent scheme."
    ): (
        "Mica opnemen in de duurzaamheidseisen voor leveranciers en tier 1-leveranciers die "
        "mica gebruiken vragen lid te worden van RMI of een vergelijkbaar initiatief."
    ),
    "RMI membership: the first year": "Lidmaatschap van RMI: het eerste jaar",
    ("Velora takes part in RMI's workplan and supports community programmes in Jharkhand."): (
        "Velora neemt deel aan het werkplan van RMI en steunt gemeenschapsprogramma's in Jharkhand."
    ),
    "Suppliers and the level playing field": "Leveranciers en het gelijke speelveld",
    (
        "The group asked whether Velora asks its suppliers about mica. Velora will include mica"
        " in next year's supplier questionnaire."
    ): (
        "De werkgroep vroeg of Velora haar leveranciers naar mica vraagt. Velora neemt mica op "
        "in de leveranciersvragenlijst van volgend jaar."
    ),
    ("Mica goes into Velora's supplier questionnaire."): (
        "Mica komt in de leveranciersvragenlijst van Velora."
    ),
    "What else can the group do?": "Wat kan de werkgroep nog meer doen?",
    ("Velora suggested raising mica in the discussions on EU due-diligence legislation."): (
        "Velora stelde voor mica in te brengen in de besprekingen over EU-wetgeving voor due "
        "diligence."
    ),
    ("The Ministry takes the case into those discussions."): (
        "Het ministerie neemt de casus mee in die besprekingen."
    ),
    ("Bring the mica case into the Dutch input on EU due-diligence legislation."): (
        "De micacasus inbrengen in de Nederlandse inbreng over EU-wetgeving voor due diligence."
    ),
    (
        "Case shared with the ministry's EU team on 20 September 2022 and used as an example in"
        " its briefing."
    ): (
        "Casus op 20 september 2022 gedeeld met het EU-team van het ministerie en als voorbeeld"
        " gebruikt in de instructie."
    ),
    "Follow-up call with Northgate Components": "Vervolggesprek met Northgate Components",
    "Mica mapping beyond paint": "Ketenanalyse van mica buiten de lak",
    (
        "Northgate has not started mapping beyond paint; it waits for customer requests or a "
        "legal requirement. It asks suppliers to map but does not check."
    ): (
        "Northgate is niet begonnen met het in kaart brengen buiten de lak; zij wacht op "
        "verzoeken van klanten of een wettelijke verplichting. Zij vraagt leveranciers om dat "
        "te doen, maar controleert het niet."
    ),
    ("Mapping not delivered; the commitment stands, no new date."): (
        "Ketenanalyse niet geleverd; de toezegging blijft staan, zonder nieuwe datum."
    ),
    ("Send Northgate the list of components that typically contain mica"): (
        "Northgate de lijst sturen van onderdelen die doorgaans mica bevatten"
    ),
    "Whistle-blower complaints: follow-up": "Klachten van klokkenluiders: opvolging",
    (
        "No report on the complaints. Northgate said the supplier had closed the matter; there "
        "was no independent check."
    ): (
        "Geen rapportage over de klachten. Northgate meldde dat de leverancier de zaak had "
        "afgesloten; er was geen onafhankelijke toetsing."
    ),
    "Commitment not fulfilled; the concern remains.": "Toezegging niet nagekomen; de zorg blijft.",
    ("Request Northgate's grievance procedure and its log of complaints"): (
        "De klachtenprocedure van Northgate en haar register van klachten opvragen"
    ),
    "The working group will discuss escalation.": "De werkgroep bespreekt escalatie.",
    (
        "Brian Kessler seems willing but has no mandate. Investor relations sent apologies "
        "again: interest at the top is fading."
    ): (
        "Brian Kessler lijkt welwillend maar heeft geen mandaat. Investor Relations heeft zich "
        "opnieuw afgemeld: de belangstelling aan de top neemt af."
    ),
    "Working group: lessons learned and next phase": "Werkgroep: geleerde lessen en volgende fase",
    "Results of the engagement so far": "Resultaten van het engagement tot nu toe",
    ("Velora: stage 4 on capacity and RMI, stage 3 on mapping and peers. Northgate: stages 1-2."): (
        "Velora: fase 4 voor capaciteit en RMI, fase 3 voor ketenanalyse en sectorgenoten. "
        "Northgate: fase 1-2."
    ),
    "Lessons learned for the report": "Geleerde lessen voor het rapport",
    "Walked through the draft lessons.": "De conceptlessen doorgenomen.",
    ("Lessons agreed; the report is published through the SER."): (
        "Lessen vastgesteld; het rapport wordt via de SER gepubliceerd."
    ),
    ("Publish a lessons-learned report on the case through the SER."): (
        "Een rapport met de geleerde lessen van de casus publiceren via de SER."
    ),
    "Finalise the lessons-learned report": "Het rapport met de geleerde lessen afronden",
    "Northgate: next escalation step": "Northgate: volgende escalatiestap",
    ("Mapping deadline of March 2022 missed; the whistle-blower commitment not fulfilled."): (
        "Deadline van maart 2022 voor de ketenanalyse gemist; de toezegging over de "
        "klokkenluiders niet nagekomen."
    ),
    "Second step of the escalation.": "Tweede stap van de escalatie.",
    (
        "Continue with Northgate for one more year; raise the missed mapping with its car-maker"
        " customers through Drive Sustainability and prepare a letter to its board."
    ): (
        "Nog een jaar doorgaan met Northgate; de gemiste ketenanalyse aankaarten bij haar "
        "klanten onder de autofabrikanten via Drive Sustainability en een brief aan haar "
        "bestuur voorbereiden."
    ),
    "Next phase": "Volgende fase",
    ("Continue with Velora on supplier requirements; keep Northgate on the agenda."): (
        "Doorgaan met Velora op de eisen aan leveranciers; Northgate op de agenda houden."
    ),
    ("Appoint dedicated, full-time capacity for responsible mica sourcing."): (
        "Specifieke, voltijdse capaciteit aanstellen voor verantwoorde inkoop van mica."
    ),
    ("Join the Responsible Mica Initiative and take part in its work."): (
        "Lid worden van het Responsible Mica Initiative en deelnemen aan het werk ervan."
    ),
    (
        "Map mica in all components, beyond paints and coatings, and set requirements for "
        "suppliers."
    ): (
        "Mica in kaart brengen in alle onderdelen, niet alleen in lakken en coatings, en eisen "
        "stellen aan leveranciers."
    ),
    ("Help bring other car makers into RMI, for a level playing field."): (
        "Helpen andere autofabrikanten bij RMI te betrekken, voor een gelijk speelveld."
    ),
    ("Map mica in all product lines, not only in paint, and verify suppliers' mapping."): (
        "Mica in kaart brengen in alle productlijnen, niet alleen in lak, en de ketenanalyse "
        "van leveranciers verifiëren."
    ),
    (
        "Follow up whistle-blower complaints with suppliers through an effective grievance "
        "mechanism."
    ): (
        "Klachten van klokkenluiders opvolgen bij leveranciers via een doeltreffend "
        "klachtenmechanisme."
    ),
    ("Acknowledge child labour in mica mining as a salient risk in its own risk assessment."): (
        "Kinderarbeid in de mica-winning erkennen als belangrijk risico in de eigen risicoanalyse."
    ),
    "SER secretariat": "SER-secretariaat",
    "Ministry of Foreign Affairs": "Ministerie van Buitenlandse Zaken",
    ("Senior engagement specialist for PME and PMT; chair of the working group"): (
        "Senior engagementspecialist voor PME en PMT; voorzitter van de werkgroep"
    ),
    ("Active ownership specialist for Rabobank Pensioenfonds"): (
        "Specialist actief aandeelhouderschap voor Rabobank Pensioenfonds"
    ),
    ("Responsible investment advisor for BPL Pensioen"): (
        "Adviseur verantwoord beleggen voor BPL Pensioen"
    ),
    "Responsible investment policy advisor": "Beleidsadviseur verantwoord beleggen",
    "Engagement lead for PFZW and BPF Schilders": "Engagementlead voor PFZW en BPF Schilders",
    "Child rights and business advisor": "Adviseur kinderrechten en bedrijfsleven",
    "Programme manager, mica": "Programmamanager mica",
    "International trade union policy officer": "Beleidsmedewerker internationaal vakbondswerk",
    ("Policy officer, responsible business conduct"): (
        "Beleidsmedewerker internationaal maatschappelijk verantwoord ondernemen"
    ),
    "Covenant secretary": "Convenantsecretaris",
    "Policy advisor, covenant secretariat": "Beleidsadviseur, convenantsecretariaat",
    "Head of Supply Chain Sustainability": "Hoofd duurzaamheid in de toeleveringsketen",
    "Responsible Raw Materials Manager, mica": "Manager verantwoorde grondstoffen, mica",
    "Vice President, Investor Relations": "Vicepresident Investor Relations",
    "Director, Supplier Compliance": "Directeur leverancierscompliance",
    "Membership and outreach": "Lidmaatschap en outreach",
    "Programme manager": "Programmamanager",
    "Western Europe (Germany)": "West-Europa (Duitsland)",
    (
        "Leading consumer-facing car maker, held by all participating funds; sensitive to "
        "reputational risk; already aware of mica in paint; culturally close to the group and "
        "influential among other car makers and its suppliers."
    ): (
        "Toonaangevende autofabrikant die rechtstreeks aan consumenten levert, in de "
        "portefeuille van alle deelnemende fondsen; gevoelig voor reputatierisico; al bekend "
        "met mica in lak; cultureel dicht bij de werkgroep en invloedrijk onder andere "
        "autofabrikanten en haar leveranciers."
    ),
    "North America (United States)": "Noord-Amerika (Verenigde Staten)",
    (
        "Smaller direct supplier of electrical components, insulation and brake parts to "
        "several car makers, Velora among them; mica is in many of its products; chosen to see "
        "how far car makers' demands reach down the chain."
    ): (
        "Kleinere directe leverancier van elektrische componenten, isolatie en remonderdelen "
        "aan verschillende autofabrikanten, waaronder Velora; mica zit in veel van haar "
        "producten; gekozen om te zien hoe ver de eisen van autofabrikanten in de keten "
        "doorwerken."
    ),
    ("Working group: follow-up on Northgate and next steps"): (
        "Werkgroep: opvolging van Northgate en vervolgstappen"
    ),
    "Open commitments: what is overdue": "Openstaande toezeggingen: wat is verlopen",
    (
        "Northgate's mica mapping (due March 2022) and whistle-blower follow-up; Velora's "
        "supplier requirements."
    ): (
        "De ketenanalyse van mica door Northgate (verlopen in maart 2022) en de opvolging van "
        "de klokkenluidersklachten; de eisen van Velora aan leveranciers."
    ),
    ("Circulate the agenda and the tracker of open commitments"): (
        "De agenda en het overzicht van openstaande toezeggingen rondsturen"
    ),
    ("Northgate: decide the next escalation step"): (
        "Northgate: besluit over de volgende escalatiestap"
    ),
    "Update the internal assessment of Northgate": "De interne beoordeling van Northgate bijwerken",
    "Velora: supplier requirements on mica": "Velora: eisen aan leveranciers over mica",
    ("Responsible Mica Initiative: list of members, March 2021"): (
        "Responsible Mica Initiative: ledenlijst, maart 2021"
    ),
    "Engagement letter to Velora Automotive": "Engagementbrief aan Velora Automotive",
    (
        "Weak follow-up of the whistle-blower complaints: Northgate let its supplier close the "
        "matter without an independent check, and missed the March 2022 deadline for mapping "
        "mica beyond paint."
    ): (
        "Zwakke opvolging van de klachten van klokkenluiders: Northgate liet haar leverancier "
        "de zaak afsluiten zonder onafhankelijke toetsing, en miste de deadline van maart 2022 "
        "voor het in kaart brengen van mica buiten de lak."
    ),
    (
        "Raised with Velora and other car-maker customers through Drive Sustainability; a "
        "letter to Northgate's board is being prepared."
    ): (
        "Aangekaart bij Velora en andere klanten onder de autofabrikanten via Drive "
        "Sustainability; een brief aan het bestuur van Northgate wordt voorbereid."
    ),
    ("Engagement letter: child labour in the mica supply chain"): (
        "Engagementbrief: kinderarbeid in de micaketen"
    ),
    (
        "The working group introduced itself and asked for a first call on dedicated capacity, "
        "RMI membership and mapping of mica beyond paint."
    ): (
        "De werkgroep stelde zich voor en vroeg om een eerste gesprek over specifieke "
        "capaciteit, lidmaatschap van RMI en het in kaart brengen van mica buiten de lak."
    ),
    "Field research on mica in car components": "Veldonderzoek naar mica in auto-onderdelen",
    ("Terre des Hommes sent its report and country briefs, as promised in the call."): (
        "Terre des Hommes stuurde haar rapport en de landenoverzichten, zoals in het gesprek "
        "toegezegd."
    ),
    ("Letter appointing the Responsible Raw Materials Manager for mica"): (
        "Brief over de aanstelling van de Responsible Raw Materials Manager voor mica"
    ),
    (
        "Velora confirmed that Stefan Vogt joined on 11 January 2021 as full-time Responsible "
        "Raw Materials Manager for mica, reporting to the Head of Supply Chain Sustainability."
    ): (
        "Velora bevestigde dat Stefan Vogt op 11 januari 2021 is begonnen als voltijdse "
        "Responsible Raw Materials Manager voor mica, onder het hoofd duurzaamheid in de "
        "toeleveringsketen."
    ),
    ("Letter from Velora Automotive, 15 January 2021"): (
        "Brief van Velora Automotive, 15 januari 2021"
    ),
    ("Press release: Velora joins the Responsible Mica Initiative"): (
        "Persbericht: Velora wordt lid van het Responsible Mica Initiative"
    ),
    ("Velora announced its RMI membership publicly."): (
        "Velora maakte haar lidmaatschap van RMI openbaar bekend."
    ),
    ("Velora press release: joining the Responsible Mica Initiative"): (
        "Persbericht van Velora: lidmaatschap van het Responsible Mica Initiative"
    ),
    "Engagement letter to Northgate Components": "Engagementbrief aan Northgate Components",
    (
        "The working group asked Northgate for a call on mica beyond paint, its own risk "
        "assessment, and its handling of complaints about suppliers."
    ): (
        "De werkgroep vroeg Northgate om een gesprek over mica buiten de lak, haar eigen "
        "risicoanalyse en de afhandeling van klachten over leveranciers."
    ),
    "Written summary of the asks": "Schriftelijke samenvatting van de verzoeken",
    (
        "Summary of the first call: map mica across all product lines by March 2022, and report"
        " on the follow-up of the whistle-blower complaints by January 2022."
    ): (
        "Samenvatting van het eerste gesprek: mica in alle productlijnen in kaart brengen vóór "
        "maart 2022, en vóór januari 2022 rapporteren over de opvolging van de klachten van "
        "klokkenluiders."
    ),
    ("Do Velora's supplier requirements for Northgate cover mica?"): (
        "Omvatten de eisen van Velora aan Northgate als leverancier ook mica?"
    ),
    (
        "Stefan Vogt: not yet; mica goes into next year's supplier questionnaire, and Velora "
        "will ask Northgate about its mapping."
    ): (
        "Stefan Vogt: nog niet; mica komt in de leveranciersvragenlijst van volgend jaar, en "
        "Velora vraagt Northgate naar haar ketenanalyse."
    ),
    "Reply on the whistle-blower complaints": "Antwoord over de klachten van klokkenluiders",
    (
        "Northgate passed the complaints to its supplier, who closed the matter; Northgate has "
        "no further information and plans no independent check. A weak follow-up: the "
        "complaints were never investigated."
    ): (
        "Northgate gaf de klachten door aan haar leverancier, die de zaak afsloot; Northgate "
        "heeft geen verdere informatie en plant geen onafhankelijke toetsing. Een zwakke "
        "opvolging: de klachten zijn nooit onderzocht."
    ),
    ("E-mail from Northgate on the whistle-blower complaints"): (
        "E-mail van Northgate over de klachten van klokkenluiders"
    ),
    "Chair of the Board of Directors": "Voorzitter van de raad van bestuur",
    "Influence": "Invloed",
    "Noted.": "Genoteerd.",
}

#: Texts that read the same in Dutch (names of people, organisations, initiatives).
SAME: frozenset[str] = frozenset(
    {
        "FNV",
        "PGGM",
        "Robeco",
        "BPL Pensioen",
        "Pensioenfonds Detailhandel",
        "PME pensioenfonds",
        "Pensioenfonds Metaal & Techniek",
        "Pensioenfonds Zorg en Welzijn",
        "BPF Schilders",
        "Rabobank Pensioenfonds",
        "Achmea Investment Management",
        "Save the Children",
        "Terre des Hommes",
        "Velora Automotive",
        "Northgate Components",
        "Responsible Mica Initiative",
        "Drive Sustainability",
        "Joost Verhagen",
        "Marieke van Dalen",
        "Sanne Bosman",
        "Femke Kramer",
        "Thomas Hendriks",
        "Noor El Amrani",
        "Lotte Brouwer",
        "Ruud Mulder",
        "Ingrid Smits",
        "Daan Visser",
        "Eva Koster",
        "Katrin Albers",
        "Julia Rehm",
        "Investor Relations, ESG",
        "Stefan Vogt",
        "Rebecca Lindqvist",
        "Brian Kessler",
        "Claire Dumont",
        "Elena Rossi",
        "Margaret Holloway",
        "Context",
        "Timing",
    }
)
