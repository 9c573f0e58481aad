"""dev32 figures items: aid; arrests, kidnappings and releases; troops and police. Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- aid

F(
    "Aid trucks enter Gaza through Kerem Shalom",
    "[[About 600 trucks|aid;a=COGAT]] of aid entered Gaza on Sunday, the first day of the ceasefire, according to COGAT, the Israeli body that oversees crossings. "
    "The UN said it aimed to bring in [[600 trucks a day|aid;p;a=The UN]] for the first six weeks. "
    "Before the truce, [[fewer than 100 trucks a day|aid;a=aid groups]] were getting in, aid groups said.",
    ["first day", "first six weeks"],
)

F(
    "WFP reaches besieged town in Darfur",
    "A WFP convoy of [[16 trucks|aid;a=the agency;alt=WFP]] reached Tawila in North Darfur on Wednesday, carrying food for [[about 40,000 people|aid;a=the agency;alt=WFP]], the agency said. "
    "It was the first convoy to reach the area in {{two months}}.",
    ["first convoy"],
)

F(
    "Airdrops over southern Sudan",
    "WFP said it had carried out [[22 airdrops|aid;a=WFP]] over Nasir and Ulang counties in South Sudan's Upper Nile state since {{March}}, dropping [[about 400 tonnes|aid;a=WFP]] of sorghum, beans and oil. "
    "Fighting has cut the road from Malakal for {{three months}}.",
)

F(
    "Food aid for Somali drought victims",
    "The World Food Programme said it reached [[4.3 million people|aid;a=The World Food Programme]] in Somalia with food, cash or nutrition support in {{October}}, up from [[3.5 million|aid;a=The World Food Programme]] in {{September}}. "
    "[[About 500,000 children|civilians;a=UNICEF]] {{under five}} are acutely malnourished, UNICEF said.",
)

F(
    "Jordan sends field hospital supplies",
    "A Jordanian military aircraft landed in El Arish with [[20 tonnes|aid;a=the army]] of medical supplies for Gaza, the army said. "
    "It was the {{fifth}} such flight this month.",
)

F(
    "Turkey quake: tents and containers",
    "The Turkish Red Crescent said it had set up [[more than 46,000 tents|aid;a=The Turkish Red Crescent]] in the quake zone and handed out [[1.2 million hot meals|aid;a=The Turkish Red Crescent]]. "
    "The government plans to build [[319,000 new homes|housing;p;a=The government]] within {{a year}}.",
)

F(
    "Cholera vaccines arrive in Yemen",
    "[[About 1 million doses|aid;a=the World Health Organization]] of oral cholera vaccine arrived in Aden, the World Health Organization said. "
    "Yemen has recorded [[more than 200,000 suspected cholera cases|other;a=the health ministry;n=cases]] this year, the health ministry said.",
)

F(
    "Ukraine: winter aid for front-line towns",
    "UNHCR said it had delivered [[12,000 blankets|aid;a=UNHCR]], [[3,000 solar lamps|aid;u=other;a=UNHCR]] and [[800 repair kits|aid;a=UNHCR]] to villages near the front line in Kharkiv and Donetsk. "
    "The agency plans to help [[up to 100,000 people|aid;p;a=The agency;alt=UNHCR]] repair their homes before winter.",
)

F(
    "Sudan: famine confirmed in Zamzam camp",
    "A famine review committee said famine conditions were present in Zamzam camp, where [[about 500,000 people|displaced;a=A famine review committee]] live. "
    "MSF said [[at least 13 children|killed;a=MSF]] had died of malnutrition in the camp in {{one week}}. "
    "The UN estimates that [[25 million people|civilians;a=The UN]] in Sudan need humanitarian aid.",
)

F(
    "Rohingya rations cut",
    "The World Food Programme cut monthly food vouchers for [[about 1 million Rohingya|aid;a=The World Food Programme]] in Bangladesh to {{$8}} a person from {{$12}}, blaming a funding shortfall of {{$56 million}}. "
    "It was the {{second}} cut in {{three months}}.",
)

# ---------------------------------------------------------------- arrests, kidnappings, releases

F(
    "Students abducted in Kuriga",
    "Gunmen abducted [[287 pupils|kidnapped;a=a teacher]] from a school in Kuriga, in Kaduna state, a teacher said. "
    "Police said [[more than 100 of them|kidnapped;n=-;a=Police]] were aged {{between eight and 15}}. "
    "[[Twenty-five pupils|kidnapped]] escaped on the way.",
)

F(
    "Hostages freed in exchange",
    "Hamas freed [[three Israeli hostages|kidnapped;a=the Israeli prime minister's office]] on Saturday, the Israeli prime minister's office said, and Israel released [[183 Palestinian prisoners|other;a=the Palestinian Prisoners' Club]], according to the Palestinian Prisoners' Club. "
    "[[Seventy-three hostages|kidnapped]] remain in Gaza.",
)

F(
    "Police arrest protesters in Nairobi",
    "Police arrested [[more than 270 people|arrested;a=Interior Minister Kipchumba Murkomen]] after protests over a finance bill turned violent in Nairobi, Interior Minister Kipchumba Murkomen said. "
    "A rights group said [[at least 19 protesters|killed;a=A rights group]] had been shot dead.",
)

F(
    "Abducted aid workers released in Mali",
    "[[Two aid workers|kidnapped;a=their organisation]] kidnapped near Ménaka in {{October}} have been released, their organisation said. "
    "The men, aged {{34}} and {{41}}, were held for {{almost four months}}.",
)

F(
    "Mexico: missing migrants found",
    "Mexican authorities rescued [[more than 100 migrants|kidnapped;a=the attorney general's office]] who had been held by kidnappers in a house in Reynosa, the attorney general's office said. "
    "[[Four suspects|arrested]] were detained.",
)

F(
    "Crackdown after Bangladesh protests",
    "Police have arrested [[more than 10,000 people|arrested;a=police officials]] across Bangladesh since protests over job quotas turned violent, police officials said. "
    "Hospitals counted [[at least 150 dead|killed;a=Hospitals;n=dead]].",
)

F(
    "Tunisia arrests opposition figures",
    "Tunisian police detained [[at least 12 opposition figures|arrested;a=lawyers]], including a former justice minister, lawyers said. "
    "President Kais Saied called them terrorists.",
)

F(
    "Philippine army frees kidnapped fishermen",
    "Philippine marines rescued [[four Indonesian fishermen|kidnapped;a=the military]] held by Abu Sayyaf militants on Sulu island after {{a year}} in captivity, the military said. "
    "[[Two militants|killed]] were killed in the operation.",
)

F(
    "Iran: thousands detained after protests",
    "The Human Rights Activists News Agency said [[at least 19,000 people|arrested;a=The Human Rights Activists News Agency]] had been arrested in the protests, and [[more than 500|killed;a=The Human Rights Activists News Agency]] killed, including [[69 children|killed;a=The Human Rights Activists News Agency]]. "
    "The protests began after the death in custody of Mahsa Amini, {{22}}, in {{September}}.",
)

F(
    "Niger junta frees detainees",
    "Niger's military government released [[more than 1,000 prisoners|arrested;a=the justice ministry]], including former ministers held since the coup, the justice ministry said. "
    "The junta has held the deposed president, Mohamed Bazoum, since {{July 2023}}.",
)

# ---------------------------------------------------------------- troops and police

F(
    "Kenyan police arrive in Haiti",
    "[[About 400 Kenyan police officers|combatants]] landed in Port-au-Prince on Tuesday, {{the first of}} a multinational force. "
    "The force is expected to number [[about 2,500|combatants;p]] when complete, with personnel from Jamaica, Belize, Bahamas and Chad.",
)

F(
    "US sends troops to the Middle East",
    "The Pentagon said it was sending [[about 3,000 more troops|combatants;a=The Pentagon]] to the Middle East, in addition to the [[40,000|combatants;a=The Pentagon]] already in the region. "
    "Defense Secretary Lloyd Austin also ordered [[a dozen fighter jets|other;u=other;a=Defense Secretary Lloyd Austin]] to Jordan.",
)

F(
    "Rwanda's troops in eastern Congo",
    "A UN experts' report said [[between 3,000 and 4,000 Rwandan soldiers|combatants;a=A UN experts' report]] were fighting alongside M23 rebels in North Kivu. "
    "Rwanda denies it backs the rebels.",
    ["M23"],
)

F(
    "Burundian troops leave Somalia",
    "Burundi has withdrawn [[about 1,000 soldiers|combatants;a=the African Union]] from Somalia under the drawdown of the African Union mission, the African Union said. "
    "The mission will keep [[about 12,000 troops|combatants;p;a=the African Union]] in the country until {{December}}, it said.",
)

F(
    "North Korean troops in Kursk",
    "South Korea's spy agency said [[about 11,000 North Korean troops|combatants;a=South Korea's spy agency]] had been sent to Russia's Kursk region, and that [[at least 100|killed;a=South Korea's spy agency]] had been killed and [[1,000|injured;a=South Korea's spy agency]] wounded. "
    "Moscow and Pyongyang did not confirm the deployment until {{April}}.",
)

F(
    "France pulls last troops from Niger",
    "The last of [[1,500 French troops|combatants]] stationed in Niger left the country on Friday, {{two months}} after the junta ordered them out. "
    "France still has troops in Chad and Côte d'Ivoire.",
)
