"""dev299 negatives, part one: the wars of the 1990s in courts, graves and anniversaries,
peace deals and the politics desk (elections, EU accession).

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Srebrenica buries seven newly identified victims on genocide's 30th anniversary",
        "Tens of thousands of people gathered at the memorial centre in Potočari on Friday to mark 30 years since Bosnian Serb forces killed more than 8,000 Muslim men and boys after overrunning the UN-protected enclave of Srebrenica. The remains of seven victims, identified over the past year from bones found in mass graves, were buried in the cemetery, where more than 6,700 victims already lie. One of them was 19 when he was killed; for another, only two bones were found. Mothers of Srebrenica, some of whom have buried sons and husbands piece by piece over three decades, sat among the green grave markers. Several thousand people arrived after walking for three days on the Marš Mira, the route that columns of men took through the woods as they tried to flee in July 1995. Foreign dignitaries warned against genocide denial, which remains common among Serb politicians in Bosnia and in Serbia. The UN General Assembly designated July 11 a day of remembrance last year.",
        "history",
    ),
    (
        "Appeals judges uphold Mladić life sentence for genocide",
        "UN judges in The Hague on Tuesday upheld the life sentence of former Bosnian Serb military commander Ratko Mladić for genocide in Srebrenica, crimes against humanity and war crimes during the 1992-95 war. The appeals chamber of the International Residual Mechanism for Criminal Tribunals rejected almost all of his arguments, confirming his responsibility for the siege of Sarajevo, the campaign of terror against its civilians and the taking of UN peacekeepers as hostages. Mladić, 79, showed no emotion as presiding judge Prisca Matimba Nyambe read the ruling. Survivors watched the broadcast at the memorial centre in Potočari, where some wept. The verdict is final. Mladić was arrested in Serbia in 2011 after 16 years on the run. In Belgrade, some nationalist groups called him a hero, and murals of the general have appeared on walls in several towns.",
        "history",
    ),
    (
        "Prosecutors seek 45 years for Thaçi as Kosovo war crimes trial closes",
        "Prosecutors at the Kosovo Specialist Chambers in The Hague asked judges on Tuesday to sentence former Kosovo president Hashim Thaçi to 45 years in prison for war crimes and crimes against humanity committed by the Kosovo Liberation Army during and after the 1998-99 war. Thaçi and three co-defendants, Kadri Veseli, Rexhep Selimi and Jakup Krasniqi, are accused of the murder, torture and persecution of Serbs, Roma and ethnic Albanians seen as collaborators or political rivals. All four have pleaded not guilty. Defence lawyers told the court the prosecution had tried to put the KLA's struggle for freedom on trial. The court, set up under Kosovo law but staffed by international judges, has long been resented by many Kosovars, who see the guerrillas as liberators. A verdict is expected next year. Supporters held a rally in Pristina on the eve of the hearing.",
        "history",
    ),
    (
        "Knin marks 30 years since Operation Storm with military parade",
        "Croatia marked the 30th anniversary of Operation Storm on Tuesday with a parade of troops, tanks and fighter jets in Knin, the town the army retook in August 1995 from rebel Serbs who had held it for four years. President Zoran Milanović and Prime Minister Andrej Plenković laid wreaths and raised a giant flag on the town's fortress. The offensive, which Croatians celebrate as Victory and Homeland Thanksgiving Day, ended the war in Croatia within days. For Serbs, it is remembered as an exodus, as some 200,000 people fled their homes in columns of tractors and cars. In Belgrade, the Serbian government held a commemoration for the several hundred Serb civilians who were killed during and after the operation. Rights groups in both countries said the two states still used the anniversary to score political points.",
        "history",
    ),
    (
        "Remains of Kosovo Albanians found at quarry in southern Serbia",
        "Forensic experts have recovered the remains of what are believed to be at least 10 people from a mass grave at a quarry in Kiževak, near Raška in southern Serbia, the Serbian war crimes prosecutor's office said on Monday. The bodies are thought to be those of ethnic Albanians killed in Kosovo in 1999 and moved across the boundary by Serbian forces to hide evidence. The exhumation, carried out with experts from Kosovo and the International Committee of the Red Cross, began last month after satellite images showed signs of disturbed earth. More than 1,600 people are still missing from the Kosovo war, most of them Albanians. Families in Pristina said they hoped the find would bring answers after two decades. The head of Kosovo's commission on missing persons urged Belgrade to open its archives.",
        "history",
    ),
    (
        "Tens of thousands walk in Vukovar's Column of Remembrance",
        "Tens of thousands of people walked through Vukovar on Monday in the annual Column of Remembrance for those killed when the town fell to the Yugoslav People's Army and Serb paramilitaries in November 1991 after a siege of almost three months. The procession, led by veterans and relatives of the missing, wound from the hospital to the memorial cemetery, where candles were lit for the estimated 2,000 Croatian defenders and civilians who died. Prime Minister Andrej Plenković and members of the government took part. The town, on the Danube, was shelled daily during the siege and about 200 wounded men were taken from the hospital and executed at the nearby Ovčara farm. Some 300 people are still listed as missing. The Serb minority in Vukovar held its own quiet commemoration. Many Croats have left the town in recent years in search of work.",
        "history",
    ),
    (
        "Bosnian court jails former soldiers for wartime crimes in Višegrad",
        "The Court of Bosnia and Herzegovina on Friday sentenced two former members of Bosnian Serb forces to a combined 27 years in prison for crimes against humanity in Višegrad, including the rape of Bosniak women and the murder of civilians in the summer of 1992. The judges found that the men had taken part in the persecution of Bosniaks in the eastern town, where hundreds were killed and thousands were expelled. Witnesses described how prisoners were taken to the bridge on the Drina and shot. Both defendants said they were innocent and will appeal. The verdict was welcomed by a victims' association, whose president said justice had come 24 years too late. Bosnia's courts still have hundreds of war crimes cases pending, and many suspects live in neighbouring Serbia and Croatia, which do not extradite their citizens.",
        "history",
    ),
    (
        "Praljak dies after drinking poison as Hague judges uphold his sentence",
        "Slobodan Praljak, a former commander of Bosnian Croat forces, died in a hospital in The Hague on Wednesday after drinking from a small bottle in the courtroom moments after judges upheld his 20-year sentence for war crimes against Bosnian Muslims. “I am not a war criminal,” Praljak, 72, shouted before raising the bottle to his lips. Presiding judge Carmel Agius suspended the hearing and the courtroom was sealed off as a crime scene. Dutch police opened an investigation into how he had obtained the substance. Praljak was convicted over his role in the 1993 destruction of Mostar's Old Bridge and the persecution of Bosniaks in Herzegovina. In Croatia, Prime Minister Andrej Plenković expressed condolences to the family and called the verdict a deep injustice. The appeal hearing was the last at the tribunal before it closes at the end of the year.",
        "history",
    ),
    (
        "Ten years on, the drone match still divides Serbs and Albanians",
        "It has been ten years since a drone carrying a flag of Greater Albania floated over the pitch of the Partizan stadium in Belgrade and brought a European Championship qualifier between Serbia and Albania to a halt. When the Serbian defender Stefan Mitrović pulled the flag down, Albanian players tried to snatch it and fans ran onto the pitch, and the game was abandoned in the 41st minute. The man accused of flying the drone, Ismail Morina, later became a celebrity in Albania and Kosovo. In Serbia, the episode is still cited as proof of Albanian ambitions. A Belgrade documentary broadcast this week interviews players from both sides, several of whom now play together in foreign leagues. Uefa eventually awarded the match to Albania. Sociologists say the evening showed how quickly sport could become a stage for a frozen dispute.",
        "history",
    ),
    (
        "Kosovo and Serbia back EU plan to normalise relations in Ohrid",
        "The leaders of Kosovo and Serbia agreed in the North Macedonian lake town of Ohrid on Saturday on how to implement an EU-backed plan to normalise relations, though neither signed the document, the EU's foreign policy chief Josep Borrell said. After 12 hours of talks, Borrell said Prime Minister Albin Kurti and President Aleksandar Vučić had accepted an annex that sets out the steps each must take, including the creation of an association of Serb-majority municipalities in Kosovo. Under the plan, Serbia would not object to Kosovo's membership of international organisations, while not formally recognising its independence. Vučić told reporters he had not signed anything and had red lines he would not cross. Kurti said the deal was de facto recognition. Western diplomats described it as the most important step since the 2013 Brussels agreement.",
        "peace",
    ),
    (
        "Greece and Macedonia sign deal to end 27-year name dispute",
        "The foreign ministers of Greece and Macedonia on Sunday signed an agreement under which Macedonia will change its name to the Republic of North Macedonia, ending a dispute that has poisoned relations since the break-up of Yugoslavia. Nikos Kotzias and Nikola Dimitrov signed the accord on the shores of Lake Prespa, watched by Prime Ministers Alexis Tsipras and Zoran Zaev and by UN mediator Matthew Nimetz. In exchange, Greece will lift its veto on Skopje's bid to join NATO and the EU. The agreement still needs to be ratified by both parliaments and approved in a referendum in Macedonia. In a village nearby, several thousand Greeks protested against the deal, and nationalists in Skopje called it a capitulation. Tsipras said the two countries had turned a page. EU leaders praised what they called a historic compromise.",
        "peace",
    ),
    (
        "UN Security Council extends EU peacekeeping mandate in Bosnia",
        "The UN Security Council voted unanimously on Monday to extend the mandate of the European Union's peacekeeping force in Bosnia and Herzegovina, EUFOR Althea, for another year. The force, which took over from NATO in 2004, has about 1,100 troops in the country and is charged with ensuring compliance with the military aspects of the Dayton peace agreement that ended the war in 1995. Russia, which has in the past threatened to veto the renewal, voted in favour after references to the Office of the High Representative were removed from the resolution. Bosnian Serb leaders welcomed the wording. Western diplomats said the force had been reinforced in 2022 as a precaution after Russia's invasion of Ukraine. EUFOR's commander said the security situation remained calm and stable.",
        "peace",
    ),
    (
        "Kosovo and Serbia reach last-minute deal on licence plates",
        "Kosovo and Serbia reached an agreement in Brussels late on Wednesday to defuse a long-running dispute over car licence plates, the EU's foreign policy chief Josep Borrell said. Under the deal, Serbia will stop issuing plates with the initials of Kosovo towns, and Kosovo will suspend further steps to re-register cars owned by Serbs in the north. Borrell said on Twitter that the two sides had avoided a new escalation. Pristina had planned to start fining drivers with Serbian-issued plates from next week. Earlier this month, hundreds of Serb police officers, judges and mayors resigned from Kosovo institutions in protest against the plan. The EU's special envoy, Miroslav Lajčák, said the focus would now turn to a comprehensive agreement. Serb officials in the north said they would wait to see how the deal was implemented.",
        "peace",
    ),
    (
        "Observers say Serbian vote was marred by vote buying and pressure",
        "Serbia's parliamentary and local elections were won by President Aleksandar Vučić's Serbian Progressive Party but were marked by unjustified advantages for the ruling party, including vote buying, pressure on public sector workers and biased coverage on national television, international observers said on Monday. The OSCE mission said the vote had been efficiently managed but that Vučić's dominant role in the campaign gave the ruling party an unfair edge. The opposition coalition Serbia Against Violence said there had been fraud in Belgrade, where it said thousands of voters had been bused in from Republika Srpska to register at fake addresses. Its leaders began a hunger strike. The Progressive Party won about 46 percent of the vote nationally. Vučić dismissed the accusations, saying the opposition had simply lost the battle for voters.",
        "politics",
    ),
    (
        "Kurti wins Kosovo election but falls short of majority",
        "Prime Minister Albin Kurti's Vetëvendosje party won Kosovo's parliamentary election on Sunday with about 42 percent of the vote, preliminary results showed, well short of the majority it had won four years ago and setting the stage for a long battle to form a government. The centre-right Democratic Party of Kosovo came second, and the Democratic League of Kosovo third. The Serbian List, backed by Belgrade, won most of the seats reserved for Serbs. Kurti told supporters the vote was a triumph over those who had attacked his government for four years. Opposition parties have accused him of damaging relations with Washington and Brussels, which imposed punitive measures on Kosovo after tensions in the north. Analysts said the new parliament could struggle even to elect a speaker.",
        "politics",
    ),
    (
        "Montenegro's ruling party loses power for the first time in three decades",
        "Montenegro's Democratic Party of Socialists, which has ruled the country since the introduction of multiparty politics, lost its majority in Sunday's election, according to results from the state electoral commission. An alliance of three opposition blocs, led by the pro-Serbian For the Future of Montenegro list, won 41 of the 81 seats in parliament. Supporters drove through Podgorica honking their horns and waving Serbian flags late into the night. The campaign was dominated by a law on religious property that the Serbian Orthodox Church said was an attack on its shrines. President Milo Đukanović conceded defeat but warned that the opposition threatened the country's independence and its path to the EU. Opposition leader Zdravko Krivokapić, a university professor, said Montenegro would remain in NATO.",
        "politics",
    ),
    (
        "Bosnian Serb leader Dodik sentenced to a year in prison for defying peace envoy",
        "A court in Sarajevo on Wednesday sentenced Milorad Dodik, president of Bosnia's Serb-run Republika Srpska, to a year in prison and banned him from political office for six years for ignoring decisions of the international peace envoy. Dodik, who did not attend the verdict, told thousands of supporters in Banja Luka that the ruling was an attack on the Serb people and that the entity's parliament would respond by banning state courts and police from its territory. He said he would not go to prison. The ruling can be appealed. Bosniak politicians said Dodik was leading the country into its deepest political crisis since the war. The EU urged calm and said any unilateral moves would be unacceptable. Serbian President Aleksandar Vučić travelled to Banja Luka to show his support.",
        "politics",
    ),
    (
        "Albania and North Macedonia open EU accession talks after long wait",
        "Albania and North Macedonia formally opened accession talks with the European Union in Brussels on Tuesday, ending years of delays that leaders in both countries said had undermined trust in the bloc. The opening of talks with Skopje became possible after its parliament accepted a French-brokered compromise with Bulgaria, which had blocked the process over language and history disputes. Albania's talks had been tied to North Macedonia's. Prime Minister Edi Rama said the day was a victory after a long battle. Czech Prime Minister Petr Fiala, whose country holds the EU's rotating presidency, said the region's future lay in the union. In Skopje, opposition parties staged a protest against the constitutional changes Bulgaria demands, which still need a two-thirds majority in parliament.",
        "politics",
    ),
    (
        "North Macedonia's new president sparks row by avoiding country's new name",
        "Greece and the EU protested on Monday after North Macedonia's new president, Gordana Siljanovska-Davkova, referred to her country only as Macedonia when she took the oath of office in Skopje. The Greek foreign ministry said the move was a violation of the Prespa agreement of 2018, under which the country adopted its current name, and the EU ambassador walked out of the ceremony. Siljanovska-Davkova, the candidate of the nationalist VMRO-DPMNE party, won the presidential runoff this month with 65 percent of the vote. Her party also won the parliamentary election held on the same day. She told reporters she would use the constitutional name in official documents but would exercise her right to self-determination in her speeches. Greek Prime Minister Kyriakos Mitsotakis said the country's path to the EU would depend on respect for the agreement.",
        "politics",
    ),
    (
        "Croatia's ruling conservatives form government with far-right Homeland Movement",
        "Croatian Prime Minister Andrej Plenković's Croatian Democratic Union agreed on Tuesday to form a coalition government with the right-wing Homeland Movement, a month after a parliamentary election in which the ruling party fell short of a majority. The deal gives the Homeland Movement three ministries, including agriculture and the economy. Opposition parties said the inclusion of a party whose members have glorified the wartime Ustasha regime would harm Croatia's image and the rights of the Serb minority. Plenković said the government would respect the constitution and the values of the European Union. Homeland Movement leader Ivan Penava, a former mayor of Vukovar, said his party would fight for Croatian veterans. Analysts said the coalition was the most right-wing government in Croatia since independence.",
        "politics",
    ),
]
