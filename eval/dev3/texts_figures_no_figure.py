"""dev3 figures items: numbers but no figure. Marks: eval/figset/marks.py; see build.py."""

from items import F

# ====================================================================== figures: numbers but no figure

F(
    "Sudan: no talks in sight as the war marks another anniversary",
    "The war between the army and the RSF entered its {{third year}} on {{15 April}}, with no sign of talks. "
    "The UN's {{2025}} appeal for Sudan, at {{$4.2 billion}}, is {{12% funded}}. "
    "Fighting resumed at {{6 a.m.}} in Omdurman, {{two hours}} after a truce expired.",
)

F(
    "Ukraine: air raid alert lasts all night in Kyiv",
    "The air raid alert in Kyiv lasted from {{11:40 p.m.}} to {{5:20 a.m.}}, the {{longest in 2024}}. "
    "Air defences were active for {{more than five hours}}, the city administration said, and the metro stayed open until {{7 a.m.}}",
)

F(
    "Gaza: ceasefire talks resume in Doha",
    "Negotiators resumed talks in Doha on {{Monday}} over the second phase of a ceasefire agreed on {{15 January}}, which was meant to last {{42 days}}. "
    "A US envoy arrived on flight {{QR 1402}} and was to stay for {{three days}}.",
)

F(
    "Lebanon: central bank loses value",
    "The Lebanese pound has lost {{more than 98% of its value}} since {{2019}}, and the central bank's reserves stood at {{$10.3 billion}} in {{March}}. "
    "Inflation reached {{221 per cent}} last year.",
)

F(
    "Colombia: ELN commander sentenced",
    "A court in Bogotá sentenced an ELN commander, {{47}}, to {{40 years}} in prison for the {{2019}} car bomb at the police academy. "
    "The sentence was handed down on {{the fifth day}} of hearings.",
)

F(
    "Syria: Assad's fall, one year on",
    "On {{8 December 2025}}, Syrians marked {{one year}} since the fall of Bashar al-Assad, who ruled for {{24 years}}. "
    "Crowds gathered from {{10 a.m.}} in Umayyad Square; the new president spoke for {{40 minutes}}.",
)

F(
    "Ethiopia: Pretoria agreement anniversary",
    "{{Two years}} after the Pretoria agreement was signed on {{2 November 2022}}, the African Union said {{80 per cent}} of its provisions had been implemented. "
    "A follow-up meeting is scheduled for {{14 November}} at {{9:30 a.m.}}",
)

F(
    "Mali: junta extends transition by five years",
    "Mali's junta leader, Assimi Goïta, {{41}}, was granted a renewable {{five-year}} mandate from {{2025}}, without elections. "
    "The decision follows a national consultation held over {{10 days}} in {{April}}.",
)

F(
    "Football: Sudan qualify despite war at home",
    "Sudan's national football team, which has played all its home games abroad since {{2023}}, beat Mauritania {{2-0}} in Benghazi and qualified for the Africa Cup of Nations for the {{first time since 2012}}. "
    "The winner came in the {{88th minute}}.",
)

F(
    "Cricket: Afghanistan's women's team in exile",
    "Afghanistan's exiled women cricketers, who left the country in {{2021}}, played their first match in Melbourne, scoring {{154 for 6}} in {{20 overs}}. "
    "Their captain, a {{24-year-old}} medical student, made {{61 runs}}.",
)

F(
    "Israel: shekel and bonds after Iran strikes",
    "The shekel weakened {{1.2%}} against the dollar on {{Friday}}, and the Tel Aviv {{TA-35}} index fell {{1.5%}}. "
    "Israel's defence budget for {{2025}} stands at {{117 billion shekels}}.",
)

F(
    "Ukraine: grain exports via Black Sea corridor",
    "Ukraine exported {{4.1 million tonnes of grain}} in {{October}} through its Black Sea corridor, the highest since {{2021}}. "
    "Ships wait an average of {{three days}} at Odesa.",
)

F(
    "Yemen: Red Sea shipping insurance rises",
    "War-risk insurance for ships crossing the Red Sea has risen to {{0.7% of a vessel's value}}, or about {{$700,000}} for a {{$100 million}} ship, brokers said on {{Tuesday}}. "
    "Transits through the Bab el-Mandeb fell by {{66 per cent}} in the {{first quarter}}.",
)

F(
    "Myanmar: quake measured 7.7 near Mandalay",
    "The earthquake, of magnitude {{7.7}}, struck at {{12:50 p.m.}} local time at a depth of {{10 km}}, {{17 km}} from Mandalay. "
    "Aftershocks continued for {{two weeks}}.",
)

F(
    "Haiti: airport reopens after three months",
    "Port-au-Prince's Toussaint Louverture airport reopened on {{20 May}} after being closed for {{almost three months}}. "
    "The first flight, {{AA 1234}} from Miami, landed at {{1:15 p.m.}}, and the runway is {{3,040 metres}} long.",
)

F(
    "Somalia: election delayed to 2026",
    "Somalia's parliament voted {{159-21}} to delay the direct elections, originally due in {{2025}}, by {{one year}}. "
    "The session lasted {{nine hours}} and ended at {{11 p.m.}}",
)

F(
    "Nigeria: Chibok anniversary",
    "{{Ten years}} after the Chibok kidnapping of {{April 14, 2014}}, parents gathered at the school for a {{two-hour}} vigil. "
    "One mother, {{aged 56}}, said she had prayed every day for {{3,650 days}}.",
)

F(
    "Iraq: oil output and Kurdistan pipeline",
    "Iraq pumped {{4.2 million barrels per day}} in {{June}}, and the Kirkuk-Ceyhan pipeline, closed since {{March 2023}}, could carry {{450,000 bpd}}. "
    "Oil accounts for {{over 90%}} of state revenue.",
)

F(
    "DR Congo: peace deal signed in Washington",
    "The foreign ministers of DR Congo and Rwanda signed a peace agreement in Washington on {{27 June}}, the {{third attempt}} at a deal since {{2022}}. "
    "Rwanda is to withdraw within {{90 days}}, under a timeline that begins at {{midnight on 1 July}}.",
)

F(
    "Armenia and Azerbaijan initial treaty text",
    "Armenia and Azerbaijan initialled a {{17-article}} peace treaty on {{8 August}}, ending more than {{three decades}} of hostility over Karabakh. "
    "Talks had run for {{18 months}}.",
)

F(
    "Ukraine: veterans' marathon in Kyiv",
    "{{More than half}} the runners in Sunday's Kyiv marathon were veterans, organisers said. The winner, a {{31-year-old}} former paratrooper who lost a leg in {{2023}}, finished the {{42.2 km}} in {{3 hours 58 minutes}}.",
)

F(
    "Syria: sanctions relief and the lira",
    "The Syrian pound strengthened to {{10,000 to the dollar}} after the US lifted sanctions on {{30 June}}, from {{15,000}} in {{December}}. "
    "Salaries were raised by {{200%}}.",
)

F(
    "Sahel: school year starts late",
    "The school year in Burkina Faso began on {{1 October}}, {{three weeks}} late, and classes run from {{7:30 a.m.}} to {{12:30 p.m.}} "
    "Enrolment fell by {{8 per cent}} from {{2023}}.",
)

F(
    "Kenya: Gen Z protest anniversary march",
    "On {{25 June}}, {{one year}} after parliament was stormed, young Kenyans marched in Nairobi from {{9 a.m.}} The march, on the {{first anniversary}}, was led by a {{23-year-old}} activist.",
)

F(
    "Israel: hostage families mark 500 days",
    "Families of hostages held in Gaza marked {{500 days}} since the {{7 October 2023}} attack with a rally in Tel Aviv at {{8 p.m.}} on {{Saturday}}.",
)

F(
    "Gaza: polio vaccination campaign, round two",
    "The {{second round}} of polio vaccination in Gaza began on {{14 October}} with daily pauses in fighting from {{6 a.m. to 3 p.m.}}, and aims to cover {{90% of children}} {{under 10}}. "
    "The campaign will run for {{12 days}}.",
)

F(
    "Sudan: RSF leader's speech",
    'In a speech lasting {{55 minutes}} broadcast on Telegram at {{10 p.m.}}, RSF leader Mohamed Hamdan Dagalo, {{50}}, said the war would end "within months". '
    "It was his {{first public address in 2025}}.",
)

F(
    "Russia: defence spending at record",
    "Russia will spend {{13.5 trillion roubles}} on defence in {{2025}}, or {{6.3% of GDP}}, the finance ministry said. "
    "The budget was approved by {{326 votes to 2}}.",
)

F(
    "Ukraine: drone production targets",
    "Ukraine aims to produce drones worth {{$3 billion}} in {{2025}}, the strategic industries minister said, with production running {{24 hours a day}} in {{three shifts}}. "
    "The Magura {{V5}} naval drone has a range of {{800 km}}.",
)

F(
    "Pakistan: cricket fans fill Rawalpindi stadium",
    "Security was tight as Pakistan chased {{287}} against England in Rawalpindi, winning by {{four wickets}} with {{nine balls}} to spare. "
    "The match started at {{10 a.m.}} and ended at {{6:45 p.m.}}",
)
