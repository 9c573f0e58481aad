"""dev14 texts: texts with numbers but no figure.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- texts with numbers but no figure
    (
        "Guatemala: court sentences former officers for wartime disappearances",
        "A Guatemalan court on {{Tuesday}} sentenced a former army general to {{58 years}} in prison for crimes against humanity committed in the early {{1980s}}. "
        "The trial, case {{C-01076-2011-00015}}, lasted {{14 months}} and heard testimony from survivors of the Diario Militar dossier. "
        "Judges ruled under {{Article 378}} of the penal code. "
        "The defendant, now {{84}}, will serve his sentence in a military hospital, the court said. "
        "Prosecutors said they would appeal within the {{10-day}} period allowed by law.",
    ),
    (
        "Sri Lanka: families mark anniversary of end of civil war",
        "Tamil families gathered at Mullivaikkal on {{May 18}} to mark the {{15th}} anniversary of the end of Sri Lanka's civil war in {{2009}}. "
        "Police set up a checkpoint on the {{A35}} road but allowed the ceremony to go ahead, which began at {{10.30 a.m.}} "
        "Mothers of the disappeared have held a roadside protest in Kilinochchi for more than {{2,600 days}}. "
        "The government's Office on Missing Persons, set up in {{2017}}, has a budget of {{Rs 350 million}} this year.",
    ),
    (
        "Colombia: peace court opens hearing on false positives in Catatumbo",
        "Colombia's Special Jurisdiction for Peace opened a public hearing in Ocana on {{April 26}}, {{2022}}, with former soldiers who admitted their role in extrajudicial executions. "
        "The hearing lasted {{two days}}. "
        "Under {{Law 1957 of 2019}}, those who tell the full truth face restrictions of liberty of {{five to eight years}} instead of prison terms of up to {{20 years}}. "
        "A {{second}} hearing is planned for {{2023}}.",
    ),
    (
        "Nigeria: naira slides as northern insecurity weighs on harvest",
        "The naira weakened to {{1,620}} to the dollar on the official market on {{Monday}}, its lowest level since {{March}}. "
        "Food inflation reached {{40.9%}} in {{June}}, the statistics bureau said, driven in part by insecurity in farming areas of the north. "
        "The central bank raised its benchmark rate by {{50 basis points}} to {{26.75%}}. "
        "Analysts at a Lagos brokerage expect the maize harvest to fall by a {{fifth}} for the {{second}} year running.",
    ),
    (
        "Ukraine: parliament extends martial law for another 90 days",
        "Ukraine's parliament voted on {{Tuesday}} to extend martial law and general mobilisation until {{August 7}}, the {{15th}} extension since {{February 24, 2022}}. "
        "The bill, {{No. 13032}}, passed in a single reading. "
        "Under martial law, elections cannot be held, and men aged {{18 to 60}} may not leave the country. "
        "The extension takes effect at {{5:30 a.m.}} on {{May 9}} and lasts {{90 days}}.",
    ),
    (
        "Mali: junta sets new date for end of transition",
        "Mali's military government said on {{Wednesday}} that the transition to civilian rule would end on {{March 26, 2029}}, almost {{nine years}} after the first coup of {{August 2020}}. "
        "A charter adopted by the council of ministers gives the transitional president a renewable mandate of {{five years}}. "
        "The country left the Economic Community of West African States in {{January 2025}}, together with Burkina Faso and Niger. "
        "Political parties were dissolved by decree {{2025-0339}}.",
    ),
    (
        "Mexico: Ayotzinapa case reaches tenth anniversary without verdict",
        "Parents of the students who disappeared in Iguala marched in Mexico City on {{September 26}}, ten years after the events of {{2014}}. "
        "The special prosecutor's office has changed leadership {{three times}} since {{2019}}. "
        "A federal judge in {{2022}} ordered the case file, known as {{AP/PGR/SDHPDSC/01/001/2015}}, to be reviewed. "
        "The march set off at {{11 a.m.}} from the Angel of Independence along Reforma avenue.",
        ["ten years"],
    ),
    (
        "Iraq: Sinjar agreement marks fourth year without implementation",
        "The agreement between Baghdad and Erbil on the administration of Sinjar, signed on {{October 9, 2020}}, has still not been put into effect {{four years}} later. "
        "Under its {{third}} article, local police were to take over security within {{six months}}. "
        "Iraq's federal budget for {{2024}} set aside {{50 billion dinars}} for the district's reconstruction, about {{0.03%}} of total spending. "
        "Talks are due to resume after the Kurdish regional election of {{October 20}}.",
    ),
    (
        "Philippines: Bangsamoro election moved to October",
        "The first parliamentary election in the Bangsamoro Autonomous Region in Muslim Mindanao has been moved from {{May 12}} to {{October 13, 2025}}, the election commission said. "
        "The region was created under {{Republic Act 11054}}, signed in {{2018}} after a peace deal ending a rebellion that began in the {{1970s}}. "
        "Members of its parliament serve terms of {{three years}}. "
        "The region's budget for {{2025}} is {{P98.7 billion}}.",
    ),
    (
        "Kenya: Nairobi court rules deployment of police to Haiti unconstitutional",
        "Kenya's High Court ruled on {{January 26, 2024}} that the government had no legal basis to deploy police officers to Haiti, in a judgment under {{Article 240}} of the constitution. "
        "Justice Enock Chacha Mwita said only the armed forces could be sent abroad, and that a reciprocal agreement was required under {{Section 108}} of the National Police Service Act. "
        "The petition, {{E389 of 2023}}, was filed by an opposition politician in {{October}}. "
        "The government said it would appeal within {{14 days}}.",
    ),
    (
        "Lebanon: Beirut port blast inquiry resumes after two-year halt",
        "The judge investigating the Beirut port explosion of {{August 4, 2020}} resumed work in {{January 2025}} after a freeze of more than {{two years}}. "
        "Judge Tarek Bitar has summoned officials for questioning starting on {{February 7}}. "
        "The blast, caused by ammonium nitrate stored in hangar {{12}} since {{2013}}, registered as a magnitude {{3.3}} tremor. "
        "Families of the victims hold a vigil on the {{4th}} of every month.",
    ),
    (
        "Ethiopia: Tigray interim administration marks year of Pretoria deal",
        "The Tigray interim administration held a ceremony in Mekelle on {{November 2}}, one year after the signing of the Pretoria agreement that ended {{two years}} of war. "
        "Flights between Addis Ababa and Mekelle resumed in {{December 2022}}, and banks reopened after {{18 months}}. "
        "The administration's budget was set at {{12 billion birr}}, {{35%}} lower than requested. "
        "The region's highway {{A2}} to Adigrat has been repaired along a {{120-km}} stretch.",
        ["one year"],
    ),
    (
        "Somalia: parliament approves return to one-person-one-vote elections",
        "Somalia's parliament on {{March 4}} approved constitutional amendments to replace the clan-based indirect system with direct elections from {{2026}}. "
        "The changes amend chapters {{1 to 4}} of the provisional constitution adopted in {{2012}}. "
        "The president's term was extended from {{four}} to {{five years}}. "
        "Puntland, which rejected the changes, said it would not recognise the federal government until a deal was reached.",
    ),
    (
        "Haiti: transition council's mandate set to expire in February",
        "Haiti's transitional presidential council, installed on {{April 25, 2024}}, has a mandate that ends on {{February 7, 2026}}. "
        "The council approved a budget of {{305 billion gourdes}} for the fiscal year, about {{12%}} of it for security. "
        "Elections have not been held since {{2016}}, and the terms of the last elected senators expired in {{January 2023}}. "
        "A referendum on a new constitution, first planned for {{2025}}, has been postponed a {{third}} time.",
    ),
    (
        "Myanmar: junta extends emergency rule by six months",
        "Myanmar's military government extended the state of emergency for another {{six months}} on {{July 31}}, the {{seventh}} extension since the coup of {{February 1, 2021}}. "
        "Under {{Section 425}} of the {{2008}} constitution, elections must be held within {{six months}} of the end of emergency rule. "
        "The junta has said a vote will be held in {{December 2025}}. "
        "Power cuts in Yangon now last up to {{12 hours}} a day.",
    ),
    (
        "Pakistan: Balochistan highway reopens after sit-in ends",
        "Traffic resumed on the {{N-25}} highway between Quetta and Karachi on {{Sunday}} after a sit-in that lasted {{nine days}}. "
        "Transporters said the closure cost them about {{Rs 2 billion}}. "
        "The protest, which began on {{July 28}}, ended after talks that ran until {{2 a.m.}} "
        "The provincial government said it would set up a commission under {{Section 3}} of the Commissions of Inquiry Act within {{30 days}}.",
    ),
    (
        "Armenia: Yerevan marks two years since Karabakh exodus",
        "Armenia held a minute of silence at {{noon}} on {{September 19}} to mark {{two years}} since Azerbaijan's offensive in Nagorno-Karabakh. "
        "The government has extended housing support payments of {{50,000 drams}} a month until the end of {{2025}}. "
        "A program launched in {{2024}} offers subsidies of up to {{5 million drams}}, rising by {{10%}} for border areas. "
        "The prime minister spoke for {{40 minutes}}.",
    ),
    (
        "DRC: Kinshasa court hears coup attempt appeal",
        "A military appeals court in Kinshasa began hearing the appeal of defendants sentenced to death over the failed coup of {{May 19, 2024}}. "
        "The first-instance trial at the Ndolo prison lasted more than {{three months}}. "
        "The DRC lifted a moratorium on the death penalty in {{March 2024}}, {{21 years}} after it was imposed. "
        "The hearing, scheduled for {{9 a.m.}}, started {{two hours}} late.",
    ),
    (
        "Ecuador: Noboa declares internal armed conflict, one year on",
        "President Daniel Noboa's decree {{111}}, signed on {{January 9, 2024}}, declared an internal armed conflict and named criminal gangs as terrorist organisations. "
        "Homicides fell by about {{15%}} in {{2024}} from the record rate of {{46 per 100,000}} inhabitants the year before. "
        "The state of emergency has been renewed in {{60-day}} periods. "
        "VAT was raised from {{12%}} to {{15%}} to pay for security.",
    ),
    (
        "Burkina Faso: junta extends transition by five years",
        "Burkina Faso's military rulers on {{May 25, 2024}} extended the transition by {{60 months}} from {{July 2}}, after national consultations in Ouagadougou. "
        "Captain Ibrahim Traore, who seized power in {{September 2022}}, will be able to run in the elections that close it. "
        "The charter was adopted after {{two days}} of talks. "
        "It replaces the text of {{October 2022}}, which had set a transition of {{21 months}}.",
    ),
]
