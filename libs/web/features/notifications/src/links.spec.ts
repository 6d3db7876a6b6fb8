import { isInternalLink, pathIsOf, tabForPath } from './links';

describe('notification links', () => {
  it('name the workspace tab of their section', () => {
    expect(tabForPath('/web-politie/implementatieplan')).toBe('plan');
    expect(tabForPath('/web-politie?tab=implementatieplan&id=p-1')).toBe('plan');
    expect(tabForPath('/web-admin?tab=voorzieningen&id=GMS')).toBe('register');
    expect(tabForPath('/web-politie?jaar=2000')).toBeNull();
    expect(tabForPath('/web-admin/risicos?jaar=2000')).toBe('risks');
    expect(tabForPath('/web-politie/Aanwijzingen')).toBe('instructions');
    expect(tabForPath('/web-politie')).toBeNull();
    expect(tabForPath('/web-politie/onbekend')).toBeNull();
    expect(tabForPath('/')).toBeNull();
  });

  it('belong to a remote by its path, not by a prefix of its name', () => {
    expect(pathIsOf('/web-politie', 'web-politie')).toBe(true);
    expect(pathIsOf('/web-politie/implementatieplan', 'web-politie')).toBe(true);
    expect(pathIsOf('/web-politiek', 'web-politie')).toBe(false);
  });

  it('are followed only within this web', () => {
    expect(isInternalLink('/web-boards/voortgang')).toBe(true);
    expect(isInternalLink('/web-politie?tab=bevindingen&id=a1b2-c3')).toBe(true);
    expect(isInternalLink('//evil.example/x')).toBe(false);
    expect(isInternalLink('https://evil.example/x')).toBe(false);
    expect(isInternalLink('javascript:alert(1)')).toBe(false);
  });
});
