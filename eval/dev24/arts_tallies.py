"""dev24 texts: running tallies, live blogs and statements; more tallies.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- running tallies, live blogs, statements

F(
    "Live: Khartoum strike toll climbs through the day",
    "09:15 – Activists in Khartoum say an army air strike on the Mayo neighbourhood killed [[at least 22 people|killed;a=Activists in Khartoum]]. "
    "12:40 – The Emergency Lawyers group now puts the toll at [[31|killed;a=The Emergency Lawyers group]], including [[eight children|killed;a=The Emergency Lawyers group]]. "
    "16:05 – The army denies targeting civilians and says it struck [[two RSF positions|other]].",
    ["09:15", "12:40", "16:05"],
)

F(
    "Nagorno-Karabakh: exodus count rises hourly",
    "The Armenian government said [[100,417 people|displaced;a=The Armenian government]] had crossed from Nagorno-Karabakh by Saturday morning, up from [[88,780|displaced;a=The Armenian government]] on Friday and [[more than 65,000|displaced;a=The Armenian government]] on Thursday. "
    "Officials said [[about 170 people|killed;a=Officials]] died in a fuel depot explosion as residents queued to leave.",
)

F(
    "Sudan: IOM tally of the displaced passes 10 million",
    "IOM said [[10.7 million people|displaced;a=IOM]] were now displaced inside Sudan, including [[2.8 million|displaced;a=IOM]] who had fled earlier conflicts. "
    "[[Another 2.1 million|displaced;a=IOM]] have crossed into neighbouring countries, it said.",
)

F(
    "Gaza: UNRWA counts staff killed",
    "UNRWA said [[263 of its staff|killed;n=staff;a=UNRWA]] had been killed in Gaza since the war began, the highest toll of UN personnel in any conflict. "
    "It said [[more than 190 of its installations|housing;n=installations;u=structure;a=UNRWA]] had been hit, and that [[about 1.9 million people|displaced;a=UNRWA]] were displaced across the Strip.",
)

F(
    "Syria: Sednaya detainees freed",
    "Rebels who entered Damascus opened Sednaya prison, and the White Helmets said [[thousands of detainees|arrested;a=the White Helmets]] had walked free. "
    "The Syrian Network for Human Rights says [[more than 136,000 people|arrested;a=The Syrian Network for Human Rights]] were still held or forcibly disappeared by the former government.",
)

F(
    "Sahel: monitor counts civilians killed by army and militias",
    "ACLED recorded [[more than 2,400 civilian deaths|killed;n=deaths;a=ACLED]] in Burkina Faso in the first half of the year, about half of them attributed to the army and allied militias. "
    "Human Rights Watch said soldiers executed [[at least 223 villagers|killed;a=Human Rights Watch]] in Nondin and Soro on a single day in {{February}}, including [[56 children|killed;a=Human Rights Watch]].",
    ["first half", "about half"],
)

F(
    "Nigeria: bandits free abducted worshippers",
    "Bandits released [[40 worshippers|kidnapped;a=police in Zamfara]] seized from a mosque in Zamfara {{two weeks}} ago, police in Zamfara said. "
    "[[Another 12|kidnapped;a=residents]] remain in captivity, residents said, and [[three|killed;a=residents]] died in the forest.",
)

F(
    "Scores killed in Kivu landmine and shelling incidents",
    "[[Scores of civilians|killed;a=MSF]] have been killed by shelling around Sake in the past month, MSF said. "
    "The group said its teams had treated [[more than 1,500 wounded|injured;n=wounded;a=The group;alt=MSF]] in Goma since {{January}}.",
)

F(
    "Yemen: Houthis say US strikes killed 80 at port",
    "The Houthi-run health ministry said US strikes on Ras Isa fuel port killed [[80 people|killed;a=The Houthi-run health ministry]] and wounded [[150|injured;a=The Houthi-run health ministry]]. "
    "US Central Command said it had struck [[more than 1,000 targets|other;u=other;a=US Central Command]] in Yemen since {{March 15}}.",
)

F(
    "Yemen: Marib displacement as front shifts",
    "Fighting around Marib has displaced [[between 20,000 and 24,000 people|displaced;a=IOM]] since {{September}}, IOM said. "
    "The government's displacement unit said [[hundreds of families|displaced;a=The government's displacement unit]] were living in the open without tents.",
)

F(
    "Yazidi families trickle back to Sinjar",
    "[[About 1,800 Yazidi families|returned;a=IOM]] returned to Sinjar from camps in Duhok in {{June}}, IOM said, while [[some 200,000 Yazidis|displaced;a=IOM]] remain displaced {{nine years}} after the Islamic State onslaught. "
    "The Kurdistan regional government says [[2,693 Yazidis|kidnapped;a=The Kurdistan regional government]] are still missing after being abducted by the group.",
)

F(
    "Ukraine: deported children returned",
    "Ukraine's ombudsman, Dmytro Lubinets, said [[388 children|returned;a=Ukraine's ombudsman, Dmytro Lubinets;alt=Dmytro Lubinets]] taken to Russia had been brought back, out of [[19,546|kidnapped;a=the government]] the government says were deported.",
)

F(
    "Ethiopia: returns to western Tigray blocked",
    "Regional officials said [[more than 1 million people|displaced;a=Regional officials]] from western Tigray remained in camps and host communities, and that [[only 45,000|returned;a=Regional officials]] had gone back since the peace deal. "
    "[[Several thousand families|returned;p;a=the interim administration]] will return by the end of the year, the interim administration said.",
)

F(
    "Darfur: aid convoy reaches Kutum",
    "A convoy of [[27 trucks|aid;a=WFP]] carrying [[about 1,000 tonnes|aid;a=WFP]] of food reached Kutum in North Darfur, WFP said, enough to feed [[about 80,000 people|aid;a=WFP]] for a month.",
)

F(
    "Gaza: airdrops and a pier",
    "Jordan and the United States carried out [[eight airdrops|aid]] over northern Gaza on Thursday, dropping [[more than 36,000 meals|aid]]. "
    "The Pentagon said the floating pier would eventually handle [[up to 150 trucks a day|aid;p;a=The Pentagon]].",
)

F(
    "Kharkiv: glide bomb hits DIY store",
    "Kharkiv governor Oleh Syniehubov said [[19 people|killed;a=Kharkiv governor Oleh Syniehubov]] had been killed in a glide-bomb strike on an Epicentr hypermarket, up from [[16|killed;a=Kharkiv governor Oleh Syniehubov]] earlier in the day. "
    "[[About 200 people|civilians;a=Kharkiv governor Oleh Syniehubov]] were inside when the bombs hit, he said. "
    "[[Forty-six people|injured]] were hospitalised.",
)

F(
    "Islam Qala crossings peak as Iran expels Afghans",
    "UNHCR said [[more than 1.5 million Afghans|returned;a=UNHCR]] had returned or been deported from Iran since {{January}}, [[about 500,000|returned;a=UNHCR]] of them in {{June}} alone. "
    "At Islam Qala, [[up to 30,000 people a day|returned;a=aid workers]] were crossing, aid workers said.",
)

F(
    "Mexico: weapons seized in Culiacán raid",
    "Soldiers seized [[122 rifles|other;a=the defence ministry]], [[about 100,000 rounds|other;a=the defence ministry]] of ammunition, [[two grenade launchers|other;a=the defence ministry]] and [[six armoured vehicles|other;a=the defence ministry]] in a raid on a ranch outside Culiacán, the defence ministry said. "
    "[[Nine suspects|arrested]] were detained.",
)

F(
    "Colombia: army says ELN camp destroyed",
    "The army said it had killed [[11 ELN fighters|killed;a=The army]] in a bombing raid on a camp in Arauca and captured [[four|arrested;a=The army]]. "
    "The ELN said in a statement that [[only two|killed;a=The ELN]] of its members had died.",
)

F(
    "DRC: Kishishe massacre figures differ",
    "A UN investigation found that {{M23}} rebels killed [[at least 171 civilians|killed;a=A UN investigation]] in Kishishe and Bambo. "
    "The government had said [[272|killed;a=The government]] were killed, while the rebels said [[eight people|killed;a=the rebels]] died, all by stray bullets.",
)

F(
    "Somalia: drought and conflict uproot hundreds of thousands",
    "[[Hundreds of thousands of Somalis|displaced;a=aid agencies]] have fled fighting and drought to camps around Baidoa, aid agencies said. "
    "The Norwegian Refugee Council said [[at least 90 new families|displaced;a=The Norwegian Refugee Council]] arrived every day in {{August}}.",
)

F(
    "Mali: Moura killings",
    "A UN human rights report said Malian troops and foreign military personnel executed [[at least 500 people|killed;a=A UN human rights report]] in Moura over {{five days}} in {{March 2022}}. "
    "The army had said it killed [[203 terrorists|killed;a=The army]] and arrested [[51|arrested;a=The army]] in the operation.",
)

F(
    "Myanmar: political prisoners tally",
    "The Assistance Association for Political Prisoners said [[28,096 people|arrested;a=The Assistance Association for Political Prisoners]] had been arrested since the coup, of whom [[21,457|arrested;a=The Assistance Association for Political Prisoners]] remained in detention. "
    "It said [[6,337 people|killed;a=The Assistance Association for Political Prisoners]] had been killed by the junta.",
)

F(
    "Kenya: Garissa university attack",
    "The toll in the attack on Garissa University College rose to [[148|killed;a=Interior Minister Joseph Nkaissery]], Interior Minister Joseph Nkaissery said, [[142|killed;a=Interior Minister Joseph Nkaissery]] of them students. "
    "He said [[four gunmen|killed;a=Interior Minister Joseph Nkaissery]] were killed and [[587 students|other;a=Interior Minister Joseph Nkaissery]] had been rescued.",
)

F(
    "Burkina Faso: Djibo blockade",
    "[[Nearly 300,000 people|civilians;a=aid groups]] are trapped in Djibo by a jihadist blockade, aid groups said, with supplies arriving only by helicopter. "
    "A convoy of [[150 trucks|aid]] heading to the town was attacked and [[about 50 of them|other;n=-;u=other]] burned.",
)

F(
    "Gaza: homes destroyed",
    "UNOSAT said satellite images showed [[about 163,778 structures|housing;a=UNOSAT]] in Gaza had been damaged or destroyed, [[about 52,564|housing;u=structure;a=UNOSAT]] of them destroyed. "
    "The UN said [[more than 500 schools|housing;a=The UN]] had been hit.",
)

F(
    "Sudan: doctors' union counts hospitals out of service",
    "The Sudan Doctors' Union said [[70 hospitals|housing;a=The Sudan Doctors' Union]] in areas affected by fighting had been put out of service, out of [[89|other;u=structure;a=The Sudan Doctors' Union]] in those areas. "
    "It said [[at least 60 health workers|killed;a=The Sudan Doctors' Union]] had been killed.",
)


# ---------------------------------------------------------------- more tallies

F(
    "Sudan: Omdurman market shelling",
    "RSF shelling of the Sabreen market in Omdurman killed [[56 people|killed;a=the Khartoum state health ministry]] and wounded [[158|injured;a=the Khartoum state health ministry]], the Khartoum state health ministry said. "
    "A volunteer group put the toll at [[more than 60|killed;a=A volunteer group]].",
)

F(
    "Nigeria: Plateau attacks over Christmas",
    "Gunmen killed [[at least 198 people|killed;a=local officials]] in attacks on [[about 20 villages|other;a=local officials]] in Plateau state over Christmas, local officials said, revising an earlier toll of [[160|killed;a=local officials]]. "
    "Amnesty International said [[more than 500 people|injured;a=Amnesty International]] were wounded and [[221 houses|housing;a=Amnesty International]] burned.",
)

F(
    "Pakistan: Kurram convoy attack and aftermath",
    "Gunmen fired on a convoy in Kurram, killing [[at least 42 passengers|killed;a=police]], police said. "
    "In the {{three days}} of sectarian clashes that followed, [[at least 88 more|killed;n=-;a=officials]] died, officials said, and [[about 300 families|displaced;a=officials]] left for Hangu.",
)

F(
    "Iraq: Tuz Khurmatu clashes, hundreds arrested",
    "Iraqi forces said they had detained [[more than 700 suspects|arrested;a=Iraqi forces]] in a sweep of villages around Tuz Khurmatu and seized [[67 weapons|other;a=Iraqi forces]], [[12 vehicles|other;a=Iraqi forces]] and [[hundreds of rounds|other;a=Iraqi forces]] of ammunition.",
)

F(
    "Haiti: Wharf Jérémie massacre",
    "The UN said gang members killed [[at least 184 people|killed;a=The UN]] in the Wharf Jérémie neighbourhood of Cité Soleil, most of them older people accused of witchcraft. "
    "The National Human Rights Defense Network gave a toll of [[between 110 and 180 people|killed;a=The National Human Rights Defense Network]].",
)

F(
    "Mozambique: Macomia raid",
    "[[About 100 insurgents|combatants;a=residents]] raided Macomia town and looted shops and the hospital, residents said. "
    "The army said it killed [[at least 20|killed;a=The army]] of them.",
)

F(
    "Ukraine: Avdiivka withdrawal",
    "Ukraine's army said it had withdrawn from Avdiivka after months of fighting. "
    "Russia's defence ministry said [[more than 1,500 Ukrainian soldiers|killed;a=Russia's defence ministry]] had been killed in the town in the {{final three days}} and [[about 80|arrested;a=Russia's defence ministry]] captured.",
)

F(
    "Syria: Islamic State attack on army bus",
    "Islamic State fighters ambushed a bus carrying soldiers in the Deir ez-Zor desert, killing [[23 soldiers|killed;a=the Syrian Observatory for Human Rights]] and wounding [[11|injured;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human Rights said. "
    "State media put the toll at [[16|killed;a=State media]].",
)

F(
    "Afghanistan: Taliban say 'hundreds' of IS fighters killed",
    "The Taliban's chief spokesman said Taliban forces had killed [[hundreds of Islamic State fighters|killed;a=The Taliban's chief spokesman]] in Nangarhar and arrested [[more than 600|arrested;a=The Taliban's chief spokesman]] since {{August}}. "
    "UN experts estimate IS-K has [[between 4,000 and 6,000 fighters|combatants;a=UN experts]] in the country.",
)

F(
    "Lebanon: returns after ceasefire",
    "[[More than 500,000 people|returned;a=Lebanon's disaster management unit]] have returned to southern Lebanon and the Bekaa since the ceasefire took effect, Lebanon's disaster management unit said. "
    "[[About 100,000|displaced;a=the unit;alt=Lebanon's disaster management unit]] are still in shelters or with relatives, the unit said.",
)

F(
    "Bosnia: war crimes arrests",
    "Bosnian police arrested [[11 former soldiers|arrested;a=the state prosecutor's office]] suspected of killing [[27 Bosniak civilians|killed;a=the state prosecutor's office]] near Prijedor in {{1992}}, the state prosecutor's office said.",
)

F(
    "Gaza flotilla: activists detained",
    "Israel's navy intercepted [[more than 40 boats|other;a=Israel's foreign ministry]] of the flotilla and detained [[about 450 activists|arrested;a=Israel's foreign ministry]], Israel's foreign ministry said. "
    "Organisers said [[one boat|other;a=Organisers]] was still sailing towards Gaza.",
)

F(
    "Ethiopia: Oromia killings",
    "The Ethiopian Human Rights Commission said [[at least 210 people|killed;a=The Ethiopian Human Rights Commission]], most of them ethnic Amhara, were killed in an attack in Gimbi in western Oromia. "
    "It said [[about 500|missing;a=The Ethiopian Human Rights Commission]] were still unaccounted for and [[thousands of residents|displaced;a=The Ethiopian Human Rights Commission]] had fled.",
)

F(
    "Central African Republic: Wagner-backed offensive",
    "Troops backed by Russian instructors retook Bambari and killed [[more than 80 rebels|killed;a=the government]], the government said. "
    "MINUSCA said [[around 12,000 people|displaced;a=MINUSCA]] sheltered at its base during the fighting.",
)

F(
    "Sudan: women and girls abducted in Gezira",
    "The UN human rights office said the RSF had abducted [[at least 40 women and girls|kidnapped;n=women and girls;a=The UN human rights office]] in villages east of Wad Medani, and that [[as many as 125 people|killed;a=The UN human rights office]] were killed in the same raids.",
)

F(
    "Israel: October 7 toll revised",
    "Israel revised its toll from the Hamas attack of {{October 7}} down to [[about 1,200 people|killed;a=Israel]] from [[some 1,400|killed;a=Israel]], saying some bodies had been identified as attackers. "
    "[[About 250 people|kidnapped]] were taken into Gaza.",
)

F(
    "India: Naxal commander among 31 killed in Bijapur",
    "Security forces killed [[31 Maoist rebels|killed;a=police]] in a gunbattle in the forests of Bijapur, police said, and recovered [[27 firearms|other;a=police]]. "
    "[[Two police commandos|killed;a=police]] also died, police said.",
)
