"""dev55 negatives: courts, tribunals and sanctions (the ICC, the ICJ, national war-crimes trials,
asset freezes, sanctions packages and designations) that describe past violence or name it as the
reason for a measure, but report no current violent event; kinds politics and economy.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "ICC judges issue arrest warrants for Israel's prime minister and former defence minister",
        "A pre-trial chamber of the International Criminal Court said on Thursday it had found reasonable grounds to believe the two men bore criminal responsibility for the war crime of starvation as a method of warfare and for crimes against humanity. The judges also issued a warrant for a Hamas military commander over the attacks of October 2023. Israel rejected the decision as antisemitic and said it would appeal. The court's 124 member states are now obliged to arrest the men if they enter their territory.",
        "politics",
    ),
    (
        "South Africa's genocide case against Israel: what happens next at the ICJ",
        "The International Court of Justice has given Israel until January to file its written reply to South Africa's memorial, a document of more than 750 pages that sets out why Pretoria believes Israel's conduct in Gaza amounts to genocide. A ruling on the merits is not expected for several years. In the meantime the court's earlier orders, which told Israel to prevent genocidal acts and allow aid in, remain binding.",
        "politics",
    ),
    (
        "Former Philippine president makes first appearance at The Hague",
        "The former president appeared by video link before the International Criminal Court on Friday, looking frail, after his arrest in Manila and overnight flight to the Netherlands. Prosecutors accuse him of crimes against humanity over killings carried out during his war on drugs, in which rights groups say thousands of suspected dealers and users were shot by police and vigilantes. His lawyers say the court has no jurisdiction because the Philippines left it in 2019. The confirmation of charges hearing was set for September. Families of people killed in the drug war gathered at a church in Manila to watch the hearing on a screen.",
        "politics",
    ),
    (
        "Kosovo's wartime leaders hear closing arguments in The Hague",
        "The trial of Kosovo's former president and three other former commanders of the Kosovo Liberation Army reached its closing arguments on Tuesday at the Kosovo Specialist Chambers. Prosecutors say the four ran a joint criminal enterprise that detained, tortured and murdered Serbs, Roma and Albanian political rivals during and after the 1998-99 war. The defence says the charges rewrite a war of liberation as a crime.",
        "politics",
    ),
    (
        "German court gives Syrian doctor life sentence for torture in military hospitals",
        "A court in Frankfurt sentenced a Syrian doctor to life in prison on Monday for torturing detained protesters in military hospitals in Homs and Damascus in 2011 and 2012, and for killing one of them with an injection. The judges said he had beaten prisoners, set fire to one man's genitals and taken part in a system of repression. Witnesses included former detainees now living in Germany. He had worked as an orthopaedic surgeon in Germany for years before a former patient recognised him. The verdict was the second in Germany under universal jurisdiction for crimes of the Assad government.",
        "politics",
    ),
    (
        "Lafarge goes on trial in Paris over payments to jihadist groups in Syria",
        "The French cement maker and eight former executives went on trial on Tuesday accused of financing terrorism by paying armed groups, including Islamic State, to keep a plant in northern Syria running in 2013 and 2014. Prosecutors say the payments, which passed through intermediaries, came to about 5 million euros. The company, now part of Holcim, pleaded guilty to similar charges in the United States in 2022 and paid a fine of $778 million.",
        "economy",
    ),
    (
        "ICC convicts Janjaweed leader of war crimes in Darfur",
        "The International Criminal Court on Monday found a former leader of the Janjaweed militia guilty of 27 counts of war crimes and crimes against humanity committed in Darfur in 2003 and 2004, including murders, rape and persecution. Judges said he had personally taken part in killings at Mukjar and Deleig, where prisoners were loaded onto trucks and shot. It is the first conviction by the court over Darfur, two decades after the UN Security Council referred the situation. Victims' groups in Chad's refugee camps watched the verdict on a big screen. Sentencing will take place at a later hearing. The defence says he was made a scapegoat for the government of the time.",
        "politics",
    ),
    (
        "UN tribunal rejects Mladic's plea for early release on health grounds",
        "The UN mechanism that took over the work of the Yugoslav tribunal has turned down a request by Ratko Mladic, the former Bosnian Serb army commander, to be freed from prison to receive care at home in Serbia. His lawyers say he has advanced cancer. Mladic is serving a life sentence for genocide at Srebrenica in 1995 and for the siege of Sarajevo, in which snipers and shelling killed thousands of civilians.",
        "politics",
    ),
    (
        "Dutch supreme court orders halt to F-35 parts exports to Israel",
        "The Supreme Court of the Netherlands upheld on Friday an appeals court order blocking the export of F-35 fighter jet parts from a warehouse in Woensdrecht to Israel, saying there was a clear risk the parts would be used in serious violations of humanitarian law. The government had argued that foreign policy was a matter for ministers, not judges. The ruling gives the government six weeks to reassess the licence. Rights groups who brought the case called it a landmark.",
        "politics",
    ),
    (
        "ICAO council finds Russia responsible for downing MH17",
        "The council of the International Civil Aviation Organization ruled on Monday that Russia was responsible for the destruction of Malaysia Airlines flight MH17 over eastern Ukraine in 2014, when a Buk missile brought down the airliner and killed all 298 people on board. The Netherlands and Australia, which brought the case, will now seek reparations. Moscow called the ruling biased and said it did not take part in the proceedings. The case was the first of its kind brought under the Chicago Convention. Families of the victims said the ruling was another step towards justice.",
        "politics",
    ),
    (
        "EU freezes assets of Iranian drone makers over strikes on Ukrainian cities",
        "EU foreign ministers added eight Iranian companies and four individuals to the bloc's sanctions list on Monday, accusing them of designing and supplying the Shahed drones that Russia uses in its attacks on Ukrainian cities and power plants. Their assets in the EU will be frozen and they are barred from travel to the bloc.",
        "economy",
    ),
    (
        "US declares the RSF committed genocide and sanctions its leader",
        "The State Department said on Tuesday it had concluded that members of the Rapid Support Forces and allied militias had committed genocide in Sudan, pointing to the systematic murder of men and boys on an ethnic basis and to sexual violence against women from particular groups. The Treasury froze any US assets of the RSF commander and barred Americans from dealing with him. Seven companies in the United Arab Emirates that bought gold or supplied weapons to the group were sanctioned too. The RSF called the decision politicised.",
        "politics",
    ),
    (
        "Britain sanctions two settler outposts and five activists",
        "The Foreign Office said on Thursday it had frozen the assets of two illegal outposts in the West Bank and five Israeli settlers it accused of repeated violence against Palestinian communities, including intimidation, destruction of property and forcing herders off their land. The sanctions follow similar steps by the EU and Canada. The Israeli government called the measures absurd, and one of the activists named said he would not change his behaviour. Opposition MPs said the list should be longer. The sanctioned activists are barred from entering Britain.",
        "politics",
    ),
    (
        "Euroclear's frozen Russian billions: how the reparations loan would work",
        "European officials are trying to turn some 185 billion euros of Russian central bank assets frozen at Euroclear in Brussels into a loan for Ukraine without confiscating them outright. Under the plan, Euroclear would lend the cash to the EU, which would pass it to Kyiv, and Ukraine would repay only if Russia pays reparations after the war. Belgium fears it could be left liable if Moscow wins a legal challenge.",
        "economy",
    ),
    (
        "Treasury targets cartel's timeshare fraud network in Puerto Vallarta",
        "The US Treasury on Wednesday sanctioned 17 people and companies it says run a timeshare fraud scheme for the Jalisco New Generation Cartel, which targets elderly Americans and Canadians with offers to buy their holiday properties. The cartel was designated a foreign terrorist organisation in February, which exposes banks that deal with its network to prosecution. Officials said the fraud earns the cartel hundreds of millions of dollars a year. Mexican authorities said they were reviewing the list.",
        "economy",
    ),
    (
        "Banks in Yemen face a choice after the Houthis' terrorist designation",
        "Commercial banks headquartered in Sanaa have begun moving their main offices to Aden, the seat of the internationally recognised government, after Washington's designation of the Houthis as a foreign terrorist organisation took effect. Bankers say correspondent banks abroad have threatened to cut them off unless they leave Houthi-controlled territory. The Houthis have warned that banks which move will be treated as collaborators. Money changers report that the gap between the two rials has widened again. The central bank in Aden says eight banks have now completed the move.",
        "economy",
    ),
    (
        "Security Council renews arms embargo on South Sudan by a single vote",
        "The UN Security Council extended the arms embargo and targeted sanctions on South Sudan for another year on Friday, with nine votes in favour and six abstentions, the minimum needed. The United States and Britain argued the embargo was needed to prevent a slide back into war; African members said it punished the government while armed groups smuggled weapons freely. South Sudan's ambassador called the decision an obstacle to reform of the army.",
        "politics",
    ),
    (
        "Swiss court upholds war crimes conviction of Liberian rebel commander",
        "Switzerland's appeals court confirmed on Thursday the conviction of a former commander of the ULIMO rebel group for war crimes committed in Liberia's Lofa county in 1993 and 1995, including murder, rape, cruel treatment and the use of a child soldier. The court raised his sentence to 20 years. He had been living in Switzerland as an asylum seeker when he was arrested in 2014. Civil parties travelled from Liberia to testify during the appeal. Rights lawyers say it is one of the few trials anywhere for crimes of Liberia's civil wars.",
        "politics",
    ),
    (
        "ICC prosecutor seeks warrants for Taliban leaders over persecution of women",
        "The International Criminal Court's prosecutor said on Thursday he had asked judges for arrest warrants against the Taliban's supreme leader and its chief justice, accusing them of the crime against humanity of gender persecution. The application cites bans on girls' secondary schooling, on women working for aid groups and on women's voices being heard in public. The Taliban said the court had no standing in Afghanistan.",
        "politics",
    ),
    (
        "Bangladesh tribunal sentences ousted prime minister to death in absentia",
        "A special tribunal in Dhaka sentenced the former prime minister to death on Monday for crimes against humanity during last year's crackdown on the student uprising, in which a UN report estimated that up to 1,400 people were killed. She was tried in absentia, as she has lived in India since fleeing by helicopter in August 2024. Her party called the verdict a political vendetta. The interim government asked Delhi to hand her over. Security was tight around the court, and the capital was quiet.",
        "politics",
    ),
    (
        "Colombia's peace court hands first sentences to former FARC commanders",
        "The Special Jurisdiction for Peace, set up under the 2016 accord, sentenced seven members of the former FARC leadership on Tuesday for the kidnapping of more than 21,000 people during the conflict. Because they acknowledged their responsibility, they received eight years of restorative work rather than prison, including searching for the disappeared and clearing landmines. Some victims' groups called the sentences an insult. The former commanders said they asked forgiveness once more.",
        "politics",
    ),
    (
        "Russian court jails Azov fighters captured in Mariupol",
        "A military court in Rostov-on-Don sentenced 23 members of Ukraine's Azov brigade to prison terms of 13 to 23 years on Wednesday on charges of terrorism and of trying to overthrow the constitutional order. Most were captured when the defenders of the Azovstal steelworks surrendered in May 2022. Kyiv called the trial a sham that breaks the rules on prisoners of war. Several of the defendants were exchanged before the verdict and were sentenced in absentia. Relatives of the prisoners said they learned of the verdict from the news.",
        "politics",
    ),
]
