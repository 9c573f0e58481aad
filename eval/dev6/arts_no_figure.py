"""dev6 items: the 20 texts with numbers but no figure (mandates, hotlines, funding,
hearings, budgets, anniversaries, procurement, timetables, sentences).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Security Council extends UNMISS mandate",
    "The Security Council adopted {{resolution 2729 (2024)}} by {{13 votes in favour}}, none against, with {{two abstentions}}, extending the mandate of the mission until {{30 April 2025}}. "
    "The text asks the Secretary-General to report every {{90 days}}.",
)

F(
    "Ministry of Foreign Affairs: consular hotline for nationals in Lebanon",
    "The Ministry of Foreign Affairs has opened a consular hotline, {{+961 1 987 654}}, available {{24 hours a day}}, and advises nationals to register online before {{15 October}}. "
    "Flights on {{Route 3}} remain suspended for {{72 hours}}.",
)

F(
    "OCHA: humanitarian response plan funding update for Sudan",
    "The {{2025}} Humanitarian Response Plan for Sudan seeks {{$4.2 billion}} and is {{13.7 per cent}} funded as of {{3 June}}, OCHA said. "
    "The Central Emergency Response Fund released {{$25 million}} on {{Monday}}.",
)

F(
    "Court summary: appeal hearing in war crimes case adjourned",
    "The Appeals Chamber adjourned the hearing to {{12 September}} at {{10:00}}. "
    "The accused, now {{71}}, was sentenced in {{2021}} to {{25 years}} of imprisonment under {{Article 8(2)(c)}} of the Statute.",
)

F(
    "Parliamentary answer: defence spending on drones",
    "The Minister replied that the Department had spent {{£126 million}} on uncrewed systems in {{2023-24}}, up {{18%}} on the previous year, and that the {{Protector RG Mk1}} fleet would be fully operational by {{2026}}.",
)

F(
    "ICRC statement on the anniversary of the Geneva Conventions",
    "On {{12 August}}, the ICRC marked the {{75th anniversary}} of the {{1949}} Geneva Conventions, which have been ratified universally. "
    "The President said the rules were as relevant today as they were {{seven decades}} ago.",
)

F(
    "Army public relations: passing-out parade at the military academy",
    "The Chief of Army Staff reviewed the passing-out parade of the {{147th Long Course}} at the academy on {{Saturday}}, the army's public relations office said. "
    "The ceremony, held in temperatures of {{38C}}, lasted {{two hours}}.",
)

F(
    "Regional governor: power restored after strike on substation",
    "The governor wrote on Telegram at {{06:40}} that power had been restored to {{90%}} of consumers after the strike on the {{110 kV}} substation. "
    "Repairs to the second line will take {{three to five days}}.",
)

F(
    "UNHCR: Nansen Refugee Award laureate announced",
    "UNHCR announced on {{Tuesday}} that the {{2024}} Nansen Refugee Award goes to a {{63-year-old}} teacher who has run a school in the camp since {{2015}}. "
    "The prize of {{$150,000}} will be presented in Geneva on {{14 October}}.",
)

F(
    "Police spokesperson: road closures for the Independence Day march",
    "Police said the {{A4}} and {{Route 21}} will be closed from {{7 a.m.}} to {{4 p.m.}} on {{Sunday}}, and that drones may not fly within {{5 km}} of the route. "
    "Enquiries can be made on {{0800 123 456}}.",
)

F(
    "Human rights report: methodology note",
    "The report covers the period from {{1 November 2023}} to {{31 October 2024}} and is based on interviews conducted over {{11 months}}. "
    "Incidents are recorded only when independent sources corroborate them, and {{about a third}} of allegations remain unverified.",
)

F(
    "NRC: statement on funding cuts",
    "NRC warned that a {{40 per cent}} cut in its budget for Afghanistan, some {{$27 million}}, would force it to close offices in Nangarhar and Kunar by {{March 2025}}. "
    "The Secretary General, {{59}}, called the decision shortsighted.",
)

F(
    "Defence ministry: procurement of air-defence systems",
    "The Ministry of Defence signed a {{€1.4 billion}} contract for {{IRIS-T SLM}} systems with a range of {{40 km}}, to be delivered from {{2026}} over {{four years}}.",
)

F(
    "ICC Prosecutor: warrant applications timeline",
    "The Prosecutor filed applications on {{20 May 2024}}, and Pre-Trial Chamber I issued its decision {{six months}} later, on {{21 November}}. "
    "The applications were made under {{Article 58}} of the Rome Statute.",
)

F(
    "IOM: statement on World Refugee Day",
    "On {{20 June}}, IOM's Director General said that {{one in every 67 people}} on earth is now forcibly displaced, against {{one in 159}} in {{2012}}. "
    "She spoke at {{11:30}} in Geneva.",
)

F(
    "Interior ministry: new asylum procedure takes effect",
    "The new procedure under {{Law No. 14/2024}} takes effect on {{1 July}} and sets a maximum of {{12 weeks}} for a first decision, the interior ministry said. "
    "Appeals must be lodged within {{30 days}}.",
)

F(
    "Military court: officer's sentence reduced on appeal",
    "The military appeals court reduced the sentence of a {{44-year-old}} captain of the {{3rd Brigade}} from {{ten years}} to {{six years}} and fined him {{500,000 CFA francs}}.",
)

F(
    "UNICEF: vaccination campaign in conflict-affected districts",
    "UNICEF said the campaign, which began at {{8 a.m.}} on {{Monday}}, aims to cover {{95 per cent}} of children under {{five years}} of age in {{District 7}} and {{District 11}} within {{ten days}}.",
)

F(
    "Ministry of Defence: annual budget statement",
    "Defence spending will rise to {{2.5% of GDP}} by {{2027}}, the Ministry of Defence said, with {{$3.1 billion}} set aside for the {{F-35}} programme and {{S-400}} countermeasures.",
)

F(
    "Police: football match security operation",
    "Police said the derby, which ended {{2-1}}, passed without incident, and that the stadium was cleared by {{11 p.m.}} on {{Saturday}}.",
)
