"""dev318 items: back in Afghanistan (the 2025 Kunar and Balkh earthquakes among returnees,
townships and land, evictions, hunger, health, detention and abduction of returnees, the
Taliban's and UNHCR's running totals)."""

from _wrap import item

item(
    "Kunar quake hits villages full of returnees from Pakistan",
    """JALALABAD - The {{magnitude 6.0}} earthquake that struck eastern Afghanistan late on Sunday
    killed [[more than 2,200 people|killed;a=the Taliban government]] and injured [[about
    3,600|injured;a=the Taliban government]], the Taliban government said on Thursday. IOM said [[some
    12,000 returnees|civilians;a=IOM]] who had come back from Pakistan in the past {{two years}} lived
    in the worst-hit districts of Kunar. [[More than 6,700 houses|housing;a=the Taliban's disaster
    ministry]] were destroyed, according to the Taliban's disaster ministry. [[Hundreds of
    families|displaced]] who had only just rebuilt after returning were again sleeping under plastic
    sheets. Aid groups said [[about 100 villages|other;a=Aid groups]] in the Dewa Gul and Mazar
    valleys were cut off by landslides. The epicentre was about {{27km}} north-east of Jalalabad, at
    a depth of {{8km}}. Helicopters flew [[more than 1,000 wounded|injured;n=wounded]] out of the
    valleys in the first {{three days}}.""",
)

item(
    "Returnees displaced again by quake shelter in tented camps",
    """ASADABAD - [[About 5,400 families|displaced;a=OCHA]] were living in [[eleven tented
    camps|capacity;a=OCHA]] in Kunar {{two weeks}} after the earthquake, OCHA said. Of the families in
    the camps, [[1,900|displaced;n=-;u=household;a=the UN office;alt=OCHA]] had returned from
    Pakistan since {{2023}}, the UN office said. Provincial officials said [[45 people|missing;a=Provincial
    officials]] were still unaccounted for in the Dewa Gul valley and [[about 5,200 homes|housing;a=Provincial
    officials]] had been damaged. UNHCR said it had delivered [[3,000 family tents|aid;a=UNHCR]] and
    [[8,500 blankets|aid;a=UNHCR]]. Pakistan kept deporting: [[more than 7,000 Afghans|returned;a=the
    Taliban's refugee ministry]] crossed at Torkham in the week after the quake, according to the
    Taliban's refugee ministry. "We came back from Peshawar in {{March}} and the house fell on us in
    {{August}}," said one man in a camp at Nurgal.""",
)

item(
    "Quake near Mazar-i-Sharif damages homes of families sent back from Iran",
    """MAZAR-I-SHARIF - A {{6.3-magnitude}} earthquake near Mazar-i-Sharif before dawn on Monday killed
    [[at least 27 people|killed;a=health officials]] and injured [[nearly 1,000|injured;a=health
    officials]], health officials said. The quake struck at a depth of {{28km}}. In Khulm district,
    where many families deported from Iran have settled, [[about 1,200 homes|housing;a=the provincial
    disaster department]] were damaged, the provincial disaster department said. IOM said [[some 400
    returnee families|displaced;a=IOM]] who had been renting mud-brick rooms were now sleeping
    outdoors. Among the injured were [[about 60 returnees|injured]] living in a camp near Khulm. The Taliban said they had sent [[18 search teams|other;u=other;a=The Taliban]] to
    Balkh and Samangan. Tiles fell from the {{15th-century}} Blue Mosque, but the shrine was not
    seriously damaged. [[Two schools|housing]] in Khulm collapsed before classes began.""",
)

item(
    "UN appeals for funds for quake-hit eastern Afghanistan",
    """The United Nations launched a {{$140 million}} flash appeal on {{September 4}} for the
    earthquake in eastern Afghanistan. The {{magnitude 6.0}} quake struck at {{11.47pm}} local time at
    a depth of only {{8km}}, which made it far more destructive than its size suggested. By the end of
    the {{first week}} the appeal was about {{35 percent}} funded. The {{2022}} quake in Paktika, of
    {{magnitude 5.9}}, was until then the deadliest in {{two decades}}. Aid officials said the cuts to
    US funding earlier in {{2025}} had left them with fewer staff in the east.""",
)

item(
    "Taliban hand out land to returnees in Nangarhar township",
    """JALALABAD - The Taliban's refugee ministry said it had distributed [[4,300 plots|aid;u=other;a=The
    Taliban's refugee ministry]] of land to returnee families in a new township in Nangarhar, where
    [[about 1,500 houses|housing;a=The Taliban's refugee ministry]] have been built so far. The
    township, {{20km}} from Jalalabad, is meant to house [[10,000 families|capacity;p]] eventually.
    [[About 800 families|displaced]] have moved in. Residents said there was no piped water and
    the nearest clinic was {{an hour}} away. Aid groups have built [[120 latrines|aid]] and [[six
    wells|aid]] on the site. The Norwegian Refugee Council said the township was among [[57 sites|capacity;u=structure;a=The
    Norwegian Refugee Council]] allotted to returnees across the country.""",
)

item(
    "Kabul clears returnees' settlement on western outskirts",
    """KABUL - Municipal workers demolished [[about 250 mud houses|housing;a=residents]] in an
    informal settlement in western Kabul on Tuesday, home to [[some 600 families|displaced;a=residents]]
    who had come back from Iran and Pakistan, residents said. The municipality said the settlement
    was built on government land set aside for a road. [[Three residents|injured]] were hurt when
    people tried to stop the bulldozers, and police detained [[five men|arrested]]. UN-Habitat said
    [[roughly 1.5 million returnees|displaced;a=UN-Habitat]] had moved to the outskirts of Afghan
    cities since {{2023}}, most of them into rented rooms or informal sites. The municipality said [[about 40 more settlements|housing;a=The municipality;p]] would be cleared this year. The evicted families
    were given {{three days}} to leave. [[Dozens of the families|displaced;a=a community elder]] are now staying
    in a mosque, a community elder said.""",
)

item(
    "Returnee children swell Herat's crowded classrooms",
    """HERAT - The Taliban's education department in Herat said [[about 90,000 returnee
    children|other;a=The Taliban's education department in Herat]] had enrolled in the province's
    schools since {{June}}, many of them in schools that now run {{three shifts}} a day. Herat's refugee
    department said [[about 310,000 people|returned;a=Herat's refugee department]] deported or
    returned from Iran had settled in the province in {{2025}}. UNICEF said it had opened [[420
    community-based classes|aid;u=other;a=UNICEF]] and was paying [[some 1,200 teachers|other;a=UNICEF]].
    Aid groups have put up [[250 tents|aid]] as temporary classrooms. UNICEF said [[as many as 15,000 children|civilians;a=UNICEF]] were still out of school in Herat city. [[Eighteen schools|housing]] damaged in the {{2023}} Herat earthquakes are still being rebuilt.
    Girls above {{sixth grade}} remain barred from school, so many girls who studied in Iran cannot
    continue.""",
)

item(
    "UN says some returnees detained by Taliban after deportation",
    """KABUL - The UN mission in Afghanistan (UNAMA) said it had documented [[at least 40
    returnees|arrested;a=The UN mission in Afghanistan (UNAMA)]] arbitrarily arrested after being
    deported from Iran and Pakistan this year, among them former soldiers and police. UNAMA said
    [[two|killed;a=UNAMA]] had died in custody and [[at least 14|injured;a=UNAMA]] said they had been beaten. The whereabouts of [[six|missing]] remain unknown.
    Human Rights Watch said [[about 1,000 former soldiers|returned;a=Human Rights Watch]] had been
    deported from Iran since {{January}}. Relatives said [[three former police officers|kidnapped;a=Relatives]]
    were abducted by unidentified gunmen in Herat days after they crossed at Islam Qala. Hamdullah
    Fitrat, the Taliban's deputy spokesman, said the amnesty announced in {{August 2021}} still
    applied.""",
)

item(
    "Gunmen abduct returnees from bus on Herat-Kandahar highway",
    """FARAH - Gunmen stopped a bus carrying returnees from Islam Qala on the Herat-Kandahar highway on
    Tuesday and abducted [[nine passengers|kidnapped;a=Taliban police in Farah]], Taliban police in
    Farah said. The bus was carrying [[46 returnees|returned]] who had been deported from Iran {{a
    day}} earlier. Police said [[six of the hostages|kidnapped;a=Police]] had been freed by Thursday
    and [[two suspects|arrested;a=Police]] detained. Families said the kidnappers demanded {{$5,000}}
    for each hostage. In {{October}}, [[four returnees|kidnapped]] were seized on the same stretch of
    road and [[one|killed]] was later found dead. Police said [[about 200 officers|combatants;a=Police]]
    had been sent to patrol the highway between Delaram and Farah city.""",
)

item(
    "Returns push Afghanistan's hunger numbers higher, WFP says",
    """KABUL - WFP said [[9.5 million people|civilians;a=WFP]] in Afghanistan faced acute food
    insecurity this winter, and that returns from Iran and Pakistan had added to the toll. The agency
    said [[some 3.5 million children|civilians;a=The agency;alt=WFP]] under {{five}} were acutely
    malnourished. It said it could assist only [[about 1 million people a month|aid;a=WFP;p]] with
    the funds it had. [[About 2.6 million people|returned;a=UNHCR]] came back from Iran and Pakistan
    in {{2025}}, according to UNHCR. In Herat's Injil district, [[about 700 returnee families|aid]]
    received flour and oil on Thursday. WFP said [[1,800 tonnes|aid;a=WFP]] of food were stuck at
    Torkham while the crossing was closed.""",
)

item(
    "Floods sweep through returnee settlement near Jalalabad",
    """JALALABAD - [[Seven people|killed;a=the provincial disaster management department]], including
    [[five children|killed;a=the provincial disaster management department]], were killed when flash
    floods swept through a settlement of returnees on the outskirts of Jalalabad, the provincial
    disaster management department said. [[About 340 shelters|housing;a=the department;alt=the provincial
    disaster management department]] were washed away and [[22 others|injured;a=the department;alt=the
    provincial disaster management department]] were hurt, the department said. [[Twelve
    people|missing]] were still missing on Friday. IOM said [[around 900 families|displaced;a=IOM]]
    had moved to higher ground. [[Two bridges|other;u=other]] on the road to the settlement were washed away. More than {{60mm}} of rain fell in {{three hours}}. Most of the
    families had been deported from Pakistan in {{2025}}.""",
)

item(
    "World Bank says returns strain Afghan economy",
    """The World Bank said Afghanistan's economy grew about {{2.5 percent}} in {{2024}}, too slowly to
    absorb the returns from Iran and Pakistan. Income per person is below {{$400}} a year. Wages for
    day labourers in Herat fell by {{15 percent}} in the {{second quarter}} of {{2025}}, the bank said,
    as returnees competed for work. Rents in Jalalabad and Herat doubled in {{six months}}. The bank
    expects growth to slow to {{1.6 percent}} in {{2026}}.""",
)

item(
    "Returnees get seed money to start small businesses",
    """UNDP said [[about 14,000 returnees|aid;a=UNDP]] had received small-business grants of {{$500}}
    since {{2024}}, and {{one in three}} of the businesses had closed within a year. In Kandahar,
    [[360 women|aid]] were given sewing machines and training. IOM said it had given [[2,200
    goats|aid;a=IOM]] to [[1,100 returnee families|aid;a=IOM]] in Herat province. In Kabul, [[between 30 and 40 women|aid]] attend each bakery course. Traders said
    returnees had opened [[about 2,000 shops|other;a=Traders]] in Spin Boldak's new market. The Taliban's
    economy ministry said it planned to create [[50,000 jobs|other;u=other;a=The Taliban's economy
    ministry;p]] for returnees through mining and road projects. Economists doubted the figure.""",
)

item(
    "Measles spreads among returnee children, WHO warns",
    """KABUL - WHO said [[1,340 suspected measles cases|other;a=WHO]] had been reported among
    returnee children in Herat, Kandahar and Nangarhar since {{June}}, with [[17 deaths|killed;a=WHO]].
    The agency has sent [[40 mobile health teams|aid;u=other;a=The agency;alt=WHO]] to districts with
    many returnees. At Islam Qala, the clinic sees [[about 900 patients a day|injured;a=staff]], staff
    said. [[Some 120,000 returnees|aid]] have been vaccinated at the border since {{May}}.
    It expects [[up to 3,000 more cases|other;a=WHO;p]] before the winter. Vaccination covers children from {{nine months}} to {{10 years}} old.""",
)

item(
    "Pakistan hands over Afghan prisoners at Torkham",
    """TORKHAM - Pakistan handed over [[about 1,100 Afghan prisoners|returned;a=the Taliban's refugee
    ministry]] who had completed their sentences at Torkham this week, the Taliban's refugee ministry
    said. [[Some 150|returned]] of those released were boys under {{18}}. The ministry said [[another
    2,300|arrested;a=The ministry;alt=the Taliban's refugee ministry]] were still held in Pakistani jails, including [[40
    women|arrested;a=The ministry;alt=the Taliban's refugee ministry]]. Pakistan's interior ministry said [[about 1,400|arrested;a=Pakistan's interior ministry]] of them were in jails in Sindh. It said [[600|returned;a=the Taliban's refugee ministry;p]] more
    would be handed over next month. Most had been jailed under the Foreigners Act of {{1946}} for
    living in Pakistan without papers. A {{2021}} agreement on prisoner transfers has not been
    ratified.""",
)

item(
    "Taliban minister says 4 million have come home since 2023",
    """KABUL - Abdul Kabir, the Taliban's minister for refugees and repatriation, said on Sunday that
    [[about 4 million Afghans|returned;a=Abdul Kabir]] had come back from Iran and Pakistan since
    {{late 2023}}. He said the government had given cash to [[about 700,000 families|aid;a=Abdul Kabir]]
    and allotted [[126,000 plots|aid;u=other;a=Abdul Kabir]] of land. Kabir said [[43
    townships|capacity;u=structure;a=Kabir;p]] for returnees were under construction. He said [[up to 800,000 more|returned;n=-;a=Abdul Kabir;p]] were expected in {{2026}}. UNHCR put the
    number of returns at [[3.6 million|returned;a=UNHCR]]. [[About 1.5 million Afghans|civilians;a=UNHCR]]
    remain in Pakistan and [[2.5 million|civilians;a=UNHCR]] in Iran, according to UNHCR.""",
)
