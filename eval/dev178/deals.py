"""Deals and their aftermath: fighters who surrendered or left under a deal, hostages and
prisoners freed or exchanged, the bodies recovered and returned (15 texts with figures, 1
without)."""

from _wrap import item

item(
    "Last rebels leave Homs Old City as two-year siege ends",
    """HOMS - The last rebel fighters pulled out of the Old City of Homs on Friday under a
    UN-supervised deal that ended a {{two-year}} siege of the city's historic heart. The
    provincial governor said [[about 1,200 people|displaced;a=The provincial governor]], most
    of them fighters, had left aboard [[about 30 buses|other;a=The provincial governor]] for
    rebel-held towns in the northern countryside. In return, rebels in Aleppo province freed
    [[about 70 captives|kidnapped;a=the Syrian Observatory for Human Rights]], among them
    [[40 Alawite women and children|kidnapped;n=women and children;a=the Syrian Observatory for
    Human Rights]] seized in Latakia last year, the Syrian Observatory for Human Rights said.
    Rebels also let [[12 aid trucks|aid]] into the besieged pro-government towns of Nubul and
    Zahraa. Activists said [[more than 2,200 people|killed;a=Activists]] had been killed in the
    Old City during the siege. Army engineers began clearing [[hundreds of mines|other]] and
    booby traps on Saturday.""",
)

item(
    "Bomb hits evacuation buses at Rashideen, killing 126",
    """RASHIDEEN, Syria (AFP) - A car bomb tore through a convoy of buses carrying evacuees from
    the besieged pro-government towns of Foua and Kefraya on Saturday, killing
    [[at least 126 people|killed;a=the Syrian Observatory for Human Rights]], including
    [[68 children|killed;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for
    Human Rights said. [[About 5,000 people|displaced]] had left Foua and Kefraya in
    [[75 buses|other]] on Friday under a deal between the government and rebels, while
    [[some 2,200 people|displaced]], among them [[hundreds of rebel fighters|combatants]], left
    the rebel-held towns of Madaya and Zabadani. The buses had been stuck at the Rashideen
    transit point for more than {{30 hours}} when the bomb went off. The deal, brokered by Qatar
    and Iran, also provides for the release of [[1,500 prisoners|other;p]] held in government
    jails and the freeing of [[26 Qatari hunters|kidnapped;p]] abducted in Iraq in {{2015}}.""",
)

item(
    "Mosul's Old City still giving up its dead",
    """MOSUL, Iraq (AP) - Civil defense teams have pulled
    [[2,585 bodies|killed;a=Rabie Ibrahim]] from the rubble of Mosul's Old City since the battle
    ended in {{July}}, civil defense chief Rabie Ibrahim said Thursday. He said
    [[about 1,400 of them|killed;n=-;a=Rabie Ibrahim]] were civilians. A local rights group says
    [[more than 1,000 people|missing;a=A local rights group]] from the Old City are still
    unaccounted for. In the final days of the battle, [[about 700 IS fighters|combatants]]
    surrendered to Iraqi forces, many of them foreigners. An AP investigation last year put the
    civilian death toll in the battle at [[between 9,000 and 11,000|killed;a=An AP
    investigation]]. [[More than 5,000 homes|housing;a=a UN-Habitat survey]] in the Old City
    were destroyed, according to a UN-Habitat survey.""",
)

item(
    "Troops rescue 17 hostages as Marawi siege nears end",
    """MARAWI CITY, Philippines - Defense Secretary Delfin Lorenzana said troops had rescued
    [[17 hostages|kidnapped;a=Delfin Lorenzana]] from a mosque in the main battle area on
    Monday, hours after the bodies of the militant leaders Isnilon Hapilon and Omar Maute were
    recovered. The freed captives, [[nine men|kidnapped]] and [[eight women|kidnapped]], were
    taken to a military hospital in Iligan. The military said
    [[about 30 militants|combatants;a=The military]], including
    [[six to eight foreign fighters|combatants;a=The military]], were still holed up in an area
    of about {{1 hectare}}. According to the military,
    [[847 militants|killed;a=the military]],
    [[163 soldiers and policemen|killed;a=the military;n=soldiers and policemen]] and
    [[47 civilians|killed;a=the military]] have been killed since {{May 23}}.""",
)

item(
    "Russia says 1,730 Azovstal defenders have surrendered",
    """Russia's defence ministry said on Thursday that
    [[1,730 Ukrainian soldiers|combatants;a=Russia's defence ministry]] had surrendered at the
    Azovstal steelworks since Monday, including [[80 wounded|injured;a=Russia's defence
    ministry]]. Ukraine's deputy defence minister Hanna Maliar said
    [[53 seriously wounded soldiers|injured;a=Hanna Maliar]] had been taken to a hospital in
    Novoazovsk and [[211 others|arrested;a=Hanna Maliar]] to a prison camp at Olenivka, both in
    Russian-held territory, to be swapped later. The International Committee of the Red Cross
    said it had registered [[hundreds of prisoners|arrested;a=The International Committee of
    the Red Cross]] of war from the plant. Russian officials had put the number of fighters
    holding out at [[about 2,500|combatants;a=Russian officials]]. The surrender ends the
    {{86-day}} siege of Mariupol.""",
)

item(
    "Ukraine brings home 106 soldiers, many captured near Bakhmut",
    """Ukraine brought home [[106 soldiers|other;a=Andriy Yermak]] in a prisoner swap with Russia
    on Saturday, presidential chief of staff Andriy Yermak said. Among them were
    [[eight officers|other;a=Andriy Yermak]] and [[98 privates and sergeants|other;n=privates and
    sergeants;a=Andriy Yermak]], he said. Many had been captured in the fighting for Bakhmut,
    where Wagner mercenaries have been attacking for more than {{nine months}}. Russia's defence
    ministry said [[106 Russian servicemen|other;a=Russia's defence ministry]] were released in
    exchange. Yermak said the swap also brought back the bodies of
    [[45 soldiers|killed;a=Yermak]]. The Coordination Headquarters for the Treatment of
    Prisoners of War said [[more than 2,200 Ukrainians|other;a=The Coordination Headquarters
    for the Treatment of Prisoners of War]] had been returned in swaps since {{February 2022}}.
    Human rights ombudsman Dmytro Lubinets said
    [[thousands of Ukrainians|arrested;a=Dmytro Lubinets]] remain in Russian captivity.""",
)

item(
    "Bodies of 757 soldiers returned to Ukraine",
    """The bodies of [[757 Ukrainian soldiers|killed;a=the Coordination Headquarters]] were
    returned to Ukraine on Friday, many of them from the Avdiivka sector, said the Coordination
    Headquarters, which handles prisoner issues. Russia received the bodies of
    [[34 of its soldiers|killed;a=Shamsail Saraliev]] in return, Russian lawmaker Shamsail
    Saraliev said. It was the {{fourth}} repatriation this year, bringing the number of bodies
    returned in {{2024}} to [[more than 3,000|killed]]. Ukraine's military intelligence said
    [[more than 1,000 soldiers|missing;a=Ukraine's military intelligence]] were still listed as
    missing from the battle for Avdiivka. The town's garrison of
    [[several thousand troops|combatants]] withdrew on {{February 17}}. A Ukrainian commander
    told the Kyiv Independent that [[at least 25 of his men|arrested;a=A Ukrainian commander]]
    had been captured when the last positions fell. Identification through DNA tests can take
    up to {{six months}}.""",
)

item(
    "RSF holding hundreds for ransom after El Fasher's fall, doctors say",
    """The Sudan Doctors Network said on Tuesday that the Rapid Support Forces were holding
    [[more than 1,000 people|kidnapped;a=The Sudan Doctors Network]] who had tried to leave El
    Fasher, demanding ransoms of up to {{SDG 10 million}} for their release. The group said
    [[at least 460 patients and companions|killed;n=patients and companions;a=The group;alt=The
    Sudan Doctors Network]] were killed at the Saudi Maternity Hospital. The UN said
    [[more than 70,000 people|displaced;a=The UN]] had fled the city in the week since it fell,
    and that [[tens of thousands|civilians;a=The UN]] were believed to be still inside. An army
    officer who escaped said [[about 3,000 soldiers and allied fighters|combatants;n=soldiers
    and allied fighters;a=An army officer]] had withdrawn west. The RSF said it had taken
    [[hundreds of soldiers|arrested;a=The RSF]] prisoner. Camps in Tawila have received
    [[more than 6,000 families|displaced;a=the Norwegian Refugee Council]] since Sunday, the
    Norwegian Refugee Council said.""",
)

item(
    "Native administration secures release of 43 captives near Kadugli",
    """KADUGLI - Nuba and Hawazma native administration leaders secured the release of
    [[43 captives|kidnapped;a=a mediator]] held by armed groups around Kadugli on Saturday, a
    mediator told Radio Dabanga. Among them were [[11 women|kidnapped;a=a mediator]] and
    [[seven children|kidnapped;a=a mediator]], he said. In return, the army freed
    [[17 detainees|other]] from Kadugli prison. The deal also reopened the road to Dilling for
    [[22 trucks|aid]] carrying sorghum and medicine. The siege, now in its {{second year}}, has
    left [[about 250,000 people|civilians;a=the World Food Programme]] in Kadugli and Dilling
    short of food, according to the World Food Programme.""",
)

item(
    "Tigrayan forces parade captured soldiers through Mekele",
    """MEKELE, Ethiopia (AFP) - Tigrayan rebels paraded
    [[thousands of captured Ethiopian soldiers|arrested]] through the streets of the regional
    capital on Friday, as crowds jeered and whistled. A rebel spokesman told AFP
    [[more than 7,000|arrested;a=A rebel spokesman]] had been captured in the past
    {{two weeks}}. [[Dozens of wounded prisoners|injured]] were carried on stretchers at the back
    of the column. The spokesman said [[about 1,000|arrested;p;a=The spokesman;alt=A rebel
    spokesman]] who were sick or under-age would be released. Mekele, a city of
    [[about 500,000 people|civilians]], has been without power, banking and telephone services
    since federal troops withdrew in {{late June}}. The UN says
    [[400,000 people|civilians;a=The UN]] in Tigray are living in famine conditions.""",
)

item(
    "Three Israeli captives freed, 90 Palestinian prisoners released",
    """[[Three Israeli captives|kidnapped]] were handed over to the Red Cross in Gaza on Sunday,
    and Israel released [[90 Palestinian prisoners|other]] from Ofer prison hours later. The
    first phase of the ceasefire, which is to last {{42 days}}, provides for the release of
    [[33 Israeli captives|kidnapped;p]] in exchange for
    [[about 1,900 Palestinian prisoners|other;p]]. Israel's prison service said
    [[69 women|other;a=Israel's prison service]] and
    [[21 teenage boys|other;a=Israel's prison service]] were among those freed. Gaza's Civil
    Defence said rescuers had recovered [[more than 120 bodies|killed;a=Gaza's Civil Defence]]
    from the rubble since the truce took hold. The UN said
    [[630 trucks|aid;a=The UN]] of aid entered on the first day.""",
)

item(
    "Gangs free hundreds of inmates after two-day siege of Mirebalais",
    """MIREBALAIS, Haiti (AP) - Gang members who besieged the central Haitian town of
    Mirebalais for {{two days}} freed [[more than 500 inmates|other;a=officials]] from its
    prison, officials said Tuesday. [[About 50 police officers|combatants]] who had defended the
    nearby police station withdrew under fire. The U.N. said
    [[more than 5,000 people|displaced;a=The U.N.]] had fled the town. Residents said
    [[at least 10 people|killed;a=Residents]] were killed, including
    [[two nuns|killed;a=Residents]]. Haiti's national police said it had sent
    [[a dozen armored vehicles|other;a=Haiti's national police]] to retake the town.""",
)

item(
    "Sarajevo's warring sides swap prisoners and bodies at airport",
    """SARAJEVO (Reuters) - Bosnia's warring sides exchanged
    [[246 prisoners|other;a=U.N. officials]] and the bodies of
    [[38 people|killed;a=U.N. officials]] at Sarajevo airport on Saturday in the largest swap
    since the siege began, U.N. officials said. The Bosnian government released
    [[128 Serbs|other]] held in a Sarajevo prison, and Serb forces freed
    [[118 Muslims and Croats|other;n=Muslims and Croats]] from camps around the city. The
    International Committee of the Red Cross said [[more than 2,000 people|arrested;a=The
    International Committee of the Red Cross]] were still held in detention camps on both
    sides. The airport is guarded by [[about 1,200 French peacekeepers|combatants]]. Officials
    said [[a further 400 prisoners|other;p;a=Officials]] could be exchanged next week.""",
)

item(
    "Seven Srebrenica victims to be buried at Potocari",
    """SARAJEVO - The remains of [[seven victims|killed;p;a=Bosnia's Institute for Missing
    Persons]] of the {{1995}} Srebrenica genocide will be buried on {{July 11}} at the Potocari
    memorial centre, Bosnia's Institute for Missing Persons said on Monday. The institute said
    [[6,765 victims|killed;a=The institute;alt=Bosnia's Institute for Missing Persons]] have been
    buried there so far, and [[about 1,000|missing;a=The institute;alt=Bosnia's Institute for
    Missing Persons]] are still being searched for. [[More than 8,000 Bosniak men and
    boys|killed;n=men and boys]] were killed by Bosnian Serb forces after they overran the
    enclave. Investigators have found [[more than 80 mass graves|other;u=other]] linked to the
    killings. Last year, [[14 victims|killed]] were buried. The youngest this year was a boy of
    {{16}}.""",
)

item(
    "Women abducted near blockaded Arbinda freed",
    """OUAGADOUGOU (AFP) - [[Sixty-six women and children|kidnapped;n=women and children;a=RTB]]
    abducted by jihadists near the blockaded town of Arbinda last week have been freed, state
    broadcaster RTB said on Friday. The captives, [[27 of them|kidnapped;n=-]] children, had
    gone out to gather leaves and wild fruit because food in the town had run out.
    [[Four women|kidnapped]] had escaped earlier and walked back to Arbinda. Arbinda and nearby
    Djibo, both under jihadist blockade, shelter [[more than 400,000 displaced
    people|displaced;a=the UN]], according to the UN. Jihadist violence has killed
    [[thousands of people|killed]] in Burkina Faso since {{2015}} and forced
    [[about 2 million|displaced]] from their homes.""",
)

item(
    "Why Avdiivka fell",
    """Avdiivka, which Ukrainian troops had held since {{2014}}, lies about {{15 kilometres}}
    north of Donetsk. The {{110th Mechanised Brigade}} defended it for most of the
    {{four-month}} battle before the {{3rd Assault Brigade}} was sent in to cover the retreat.
    Analysts said Ukraine had been firing artillery at roughly a {{fifth}} of Russia's rate by
    {{January}}, and that glide bombs weighing up to {{1,500 kg}} had levelled its
    strongpoints.""",
)
